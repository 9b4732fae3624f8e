package org.sitmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitmap.basemap.BasemapLocator;
import org.sitmap.core.ReportZone;
import org.sitmap.districts.AnalysisWindows;
import org.sitmap.districts.DistrictAnalysis;
import org.sitmap.districts.DistrictLayer;
import org.sitmap.districts.DistrictTable;
import org.sitmap.districts.DistrictTableFormat;
import org.sitmap.districts.io.BasemapDistricts;
import org.sitmap.districts.io.BoundaryFile;
import org.sitmap.districts.io.BoundaryImport;
import org.sitmap.districts.io.DistrictSources;
import org.sitmap.districts.io.LoadedBoundaries;
import org.sitmap.districts.io.NameMatch;
import org.sitmap.districts.io.TableExport;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.store.StoreException;
import org.sitmap.map.projection.WebMercator;
import org.sitmap.situation.IncidentFile;
import org.sitmap.situation.IncidentFileLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitmap districts --db DB --before FROM..TO --after FROM..TO}: the app's district table
 * (same code, same formatter), the unassigned count and the LoC distance bands, optionally as CSV.
 * The district layer is the one the app would use for the file (boundaries saved in it, else the
 * basemap's approximate zones) unless {@code --boundaries} names files to load for this run.
 */
@Command(name = "districts", mixinStandardHelpOptions = true,
        description = "Incidents by district before vs after: counts, rates, rate ratio with exact 95% CI, "
                + "casualties, and distance bands from the LoC.")
public final class DistrictsCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, description = "Incident GeoPackage.")
    Path db;

    @Option(names = "--before", required = true, description = "Before window FROM..TO: dates (whole days in --zone) "
            + "or instants such as 2025-05-10T17:00+05:30.")
    String before;

    @Option(names = "--after", required = true, description = "After window FROM..TO.")
    String after;

    @Option(names = "--zone", defaultValue = "IST", description = "Zone of dates: IST, PKT or UTC (default: ${DEFAULT-VALUE}).")
    ReportZone zone;

    @Option(names = "--boundaries", description = "District boundary file (GeoJSON or GeoPackage); repeat for several.")
    List<Path> boundaries = new ArrayList<>();

    @Option(names = "--name-field", description = "Attribute holding district names, per --boundaries file in order "
            + "(one value applies to all; default: the likeliest field).")
    List<String> nameFields = new ArrayList<>();

    @Option(names = "--map", description = "Basemap GeoPackage (default: the bundled maps/kashmir.gpkg).")
    Path map;

    @Option(names = "--csv", description = "Also write the table as CSV to this file.")
    Path csv;

    @Override
    public Integer call() {
        try {
            AnalysisWindows windows = new AnalysisWindows(WindowArgument.parse("--before", before, zone),
                    WindowArgument.parse("--after", after, zone), zone);
            IncidentFile file = IncidentFileLoader.load(db, WebMercator.INSTANCE);
            Path basemapFile = map != null ? map : BasemapLocator.defaultBasemap();
            BasemapDistricts.Contents basemap = BasemapDistricts.load(basemapFile);
            DistrictLayer layer = boundaries.isEmpty() ? DistrictSources.layerFor(db, basemap)
                    : loadBoundaries(basemap, file);
            if (file.synthetic()) {
                System.out.println("# " + IncidentFile.SYNTHETIC_NOTICE);
            }
            DistrictAnalysis analysis = DistrictAnalysis.prepare(file.table(), layer, basemap.geography(),
                    WebMercator.INSTANCE);
            DistrictTable table = analysis.compute(windows, FilterCriteria.all(file.table()));
            System.out.print(DistrictTableFormat.text(table));
            if (csv != null) {
                TableExport.writeCsv(csv, table);
                System.out.println("csv=" + csv);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("sitmap districts: " + e.getMessage());
            return 2;
        } catch (StoreException | GeoPackageException | IOException e) {
            System.err.println("sitmap districts: " + e.getMessage());
            return 2;
        }
    }

    private DistrictLayer loadBoundaries(BasemapDistricts.Contents basemap, IncidentFile file) throws IOException {
        if (nameFields.size() > 1 && nameFields.size() != boundaries.size()) {
            throw new IllegalArgumentException("--name-field: give one, or one per --boundaries file ("
                    + boundaries.size() + "), not " + nameFields.size());
        }
        List<BoundaryImport.Input> inputs = new ArrayList<>();
        for (int i = 0; i < boundaries.size(); i++) {
            BoundaryFile f = BoundaryFile.read(boundaries.get(i));
            List<String> candidates = f.nameFieldCandidates();
            String field = nameFields.isEmpty() ? (candidates.isEmpty() ? null : candidates.get(0))
                    : nameFields.get(nameFields.size() == 1 ? 0 : i);
            if (field == null || f.features().stream().noneMatch(x -> x.attributes().containsKey(field))) {
                throw new IllegalArgumentException(boundaries.get(i) + ": no attribute '" + field + "'; candidates: "
                        + String.join(", ", candidates));
            }
            inputs.add(new BoundaryImport.Input(f, field));
        }
        LoadedBoundaries loaded = BoundaryImport.build(inputs, basemap.geography(),
                DistrictSources.knownKeys(basemap.zones(), file.table()));
        System.out.println("# " + BoundaryImport.summary(loaded));
        for (NameMatch m : loaded.report()) {
            if (m.status() != NameMatch.Status.MATCHED || !m.aliasUsed().isEmpty()) {
                System.out.printf("#   %s: %s → %s (%s) %s%s%n", m.file(), m.sourceName(), m.canonicalName(), m.side(),
                        m.status().label(), m.aliasUsed().isEmpty() ? "" : ", alias " + m.aliasUsed());
            }
        }
        return loaded.layer();
    }
}
