package org.sitmap.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitmap.basemap.BasemapLocator;
import org.sitmap.bench.SyntheticIncidents;
import org.sitmap.core.ReportZone;
import org.sitmap.districts.AnalysisWindows;
import org.sitmap.districts.DistrictAnalysis;
import org.sitmap.districts.DistrictTable;
import org.sitmap.districts.io.BasemapDistricts;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.map.projection.WebMercator;
import org.sitmap.timeline.TimeWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitmap bench districts}: times the district analysis at N synthetic incidents (no district
 * names, so every incident is placed by point in polygon — the slow path): the once-per-file
 * preparation (assignment and geodesic LoC distances) and the per-change table for two 60-day
 * windows around a pivot (median of several runs). Prints {@code key=value} lines.
 */
@Command(name = "districts", mixinStandardHelpOptions = true,
        description = "Time the district table and LoC bands at N synthetic incidents.")
final class DistrictBenchCommand implements Callable<Integer> {

    @Option(names = "--incidents", defaultValue = "1000000", description = "Synthetic incidents (default: ${DEFAULT-VALUE}).")
    int incidents;

    @Option(names = "--runs", defaultValue = "15", description = "Timed table computations (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--map", description = "Basemap GeoPackage (default: the bundled one).")
    Path map;

    @Override
    public Integer call() throws Exception {
        BasemapDistricts.Contents basemap = BasemapDistricts.load(map != null ? map : BasemapLocator.defaultBasemap());
        IncidentTable table = SyntheticIncidents.generate(incidents, 20250510).table(WebMercator.INSTANCE);
        long t0 = System.nanoTime();
        DistrictAnalysis analysis = DistrictAnalysis.prepare(table, basemap.zones(), basemap.geography(),
                WebMercator.INSTANCE);
        double prepareS = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        new org.sitmap.districts.LocDistance(basemap.geography().loc()).kmOf(table, WebMercator.INSTANCE);
        double distanceS = (System.nanoTime() - t1) / 1e9;
        long pivot = SyntheticIncidents.FROM_MS + 120 * TimeWindow.DAY_MS;
        AnalysisWindows windows = new AnalysisWindows(new TimeWindow(pivot - 60 * TimeWindow.DAY_MS, pivot),
                new TimeWindow(pivot, pivot + 60 * TimeWindow.DAY_MS), ReportZone.IST);
        FilterCriteria all = FilterCriteria.all(table);
        double[] ms = new double[runs];
        DistrictTable result = null;
        for (int k = -3; k < runs; k++) {
            long s = System.nanoTime();
            result = analysis.compute(windows, all);
            if (k >= 0) {
                ms[k] = (System.nanoTime() - s) / 1e6;
            }
        }
        Arrays.sort(ms);
        long inWindows = result.total().before() + result.total().after() + result.unassignedBefore()
                + result.unassignedAfter() + result.ambiguous();
        System.out.println("incidents=" + incidents);
        System.out.println("districts=" + analysis.assignment().districts().size());
        System.out.println("assigned_by_position=" + analysis.assignment().count(
                org.sitmap.districts.DistrictAssignment.Method.POSITION));
        System.out.println("unassigned=" + analysis.assignment().unassignedCount());
        System.out.printf(Locale.ROOT, "prepare_s=%.2f%n", prepareS);
        System.out.printf(Locale.ROOT, "of_which_loc_distances_s=%.2f%n", distanceS);
        System.out.println("incidents_in_windows=" + inWindows);
        System.out.printf(Locale.ROOT, "table_and_bands_ms_median=%.1f%n", ms[ms.length / 2]);
        System.out.printf(Locale.ROOT, "table_and_bands_ms_max=%.1f%n", ms[ms.length - 1]);
        return 0;
    }
}
