package org.sitmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.sitmap.bench.Percentiles;
import org.sitmap.bench.SyntheticIncidents;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.editing.IncidentEditor;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.io.store.ImportOutcome;
import org.sitmap.io.store.IncidentEdits;
import org.sitmap.io.store.IncidentImport;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.map.projection.WebMercator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitmap bench edit}: times single-record edits on a file of N synthetic incidents, each
 * one transaction with its audit row (insert, update, delete: median and 95th percentile), the
 * app's whole path for one edit (open the file, edit, close), and the in-memory table update the
 * map needs after an edit (a new table with one row inserted, replaced or removed). Prints
 * {@code key=value} lines. Builds the file in a temporary directory unless {@code --db} names one.
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Time one edit transaction and the in-memory table update at N incidents.")
final class EditBenchCommand implements Callable<Integer> {

    @Option(names = "--incidents", defaultValue = "1000000", description = "Incidents in the file (default: ${DEFAULT-VALUE}).")
    int incidents;

    @Option(names = "--edits", defaultValue = "200", description = "Timed edits of each kind (default: ${DEFAULT-VALUE}).")
    int edits;

    @Option(names = "--db", description = "Bench file to build (default: a new temporary file; deleted afterwards).")
    Path db;

    @Override
    public Integer call() throws Exception {
        SyntheticIncidents data = SyntheticIncidents.generate(incidents, 42);
        Path file = db != null ? db : Files.createTempDirectory("sitmap-bench-edit").resolve("edit.gpkg");
        long t0 = System.nanoTime();
        IncidentSchema.create(file, true, "sitmap bench edit", true);
        try (IncidentStore w = IncidentStore.openWritable(file)) {
            ImportOutcome o = new IncidentImport(w, "bench").insertAll("bench-edit", data.records());
            if (!o.committed() || o.added() != incidents) {
                System.err.println("sitmap bench edit: rows did not land whole: " + o.summary());
                return 1;
            }
        }
        System.out.println("incidents=" + incidents);
        System.out.printf(Locale.ROOT, "build_s=%.1f%n", (System.nanoTime() - t0) / 1e9);
        SplittableRandom r = new SplittableRandom(7);
        Incident template = data.records().iterator().next();
        double[] insertMs = new double[edits];
        double[] updateMs = new double[edits];
        double[] deleteMs = new double[edits];
        Incident[] added = new Incident[edits];
        try (IncidentStore store = IncidentStore.openWritable(file)) {
            IncidentEdits e = new IncidentEdits(store, "bench");
            for (int k = 0; k < edits; k++) {
                Incident in = IncidentBuilder.from(template).lon(73.7 + r.nextDouble()).lat(32.5 + r.nextDouble()).build();
                long s = System.nanoTime();
                added[k] = e.insert(in, "bench").after();
                insertMs[k] = (System.nanoTime() - s) / 1e6;
            }
            for (int k = 0; k < edits; k++) {
                Incident old = store.byId(1 + r.nextInt(incidents));
                Incident moved = IncidentBuilder.from(old).lon(old.lon() + 0.001).build();
                long s = System.nanoTime();
                e.update(old, moved, "bench");
                updateMs[k] = (System.nanoTime() - s) / 1e6;
            }
            for (int k = 0; k < edits; k++) {
                long s = System.nanoTime();
                e.delete(added[k], "bench");
                deleteMs[k] = (System.nanoTime() - s) / 1e6;
            }
        }
        print("insert", insertMs);
        print("update", updateMs);
        print("delete", deleteMs);
        int appEdits = Math.min(edits, 30);
        double[] appMs = new double[appEdits];
        IncidentEditor editor = new IncidentEditor(file, "bench");
        for (int k = 0; k < appEdits; k++) {
            long s = System.nanoTime();
            editor.add(IncidentBuilder.from(template).lat(33 + r.nextDouble()).build(), "bench");
            appMs[k] = (System.nanoTime() - s) / 1e6;
        }
        print("app_open_insert_close", appMs);
        tableUpdates(data, template, r);
        if (db == null) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
        return 0;
    }

    private void tableUpdates(SyntheticIncidents data, Incident template, SplittableRandom r) {
        IncidentTable table = data.table(WebMercator.INSTANCE);
        int n = Math.max(edits, 50);
        double[] insertMs = new double[n];
        double[] replaceMs = new double[n];
        double[] removeMs = new double[n];
        long sink = 0;
        for (int k = 0; k < n; k++) {
            Incident in = IncidentBuilder.from(template).id((long) incidents + 1 + k).build();
            long s = System.nanoTime();
            IncidentTable t = table.edited(null, in, WebMercator.INSTANCE);
            insertMs[k] = (System.nanoTime() - s) / 1e6;
            long fid = 1 + r.nextInt(incidents);
            s = System.nanoTime();
            IncidentTable u = table.edited(fid, IncidentBuilder.from(template).id(fid).build(), WebMercator.INSTANCE);
            replaceMs[k] = (System.nanoTime() - s) / 1e6;
            s = System.nanoTime();
            IncidentTable v = table.edited(fid, null, WebMercator.INSTANCE);
            removeMs[k] = (System.nanoTime() - s) / 1e6;
            sink += t.size() + u.size() + v.size();
        }
        print("table_insert", insertMs);
        print("table_replace", replaceMs);
        print("table_remove", removeMs);
        System.out.println("table_rows=" + table.size() + " (checksum " + sink + ")");
    }

    private static void print(String what, double[] ms) {
        System.out.printf(Locale.ROOT, "%s_median_ms=%.2f%n", what, Percentiles.median(ms));
        System.out.printf(Locale.ROOT, "%s_p95_ms=%.2f%n", what, Percentiles.of(ms, 95));
    }
}
