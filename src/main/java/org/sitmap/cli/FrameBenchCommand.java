package org.sitmap.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitmap.basemap.Basemap;
import org.sitmap.basemap.BasemapLoader;
import org.sitmap.basemap.BasemapLocator;
import org.sitmap.bench.Percentiles;
import org.sitmap.bench.PresentProbe;
import org.sitmap.bench.RequeryFrames;
import org.sitmap.bench.SliderFrames;
import org.sitmap.bench.SyntheticIncidents;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.map.Viewport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitmap bench frame}: times one timeline slider frame at N synthetic incidents over the
 * bundled basemap fitted to the LoC: filter a 30-day window from the in-memory table and draw it
 * over the cached basemap (the work), present it through JavaFX when a display is available
 * (found as a {@link PresentProbe} service, so this command links no JavaFX), and the same frame
 * re-queried from an SQLite GeoPackage of the same incidents (the baseline). Prints
 * {@code key=value} lines; times are wall-clock on whatever else the machine is doing, so run it
 * more than once. Picocli makes one instance per run.
 */
@Command(name = "frame", mixinStandardHelpOptions = true,
        description = "Time a timeline slider frame (filter + draw over the cached basemap) at N incidents.")
final class FrameBenchCommand implements Callable<Integer> {

    @Option(names = "--incidents", defaultValue = "1000000", description = "Synthetic incidents (default: ${DEFAULT-VALUE}).")
    int incidents;

    @Option(names = "--width", defaultValue = "1600", description = "Frame width in pixels (default: ${DEFAULT-VALUE}).")
    int widthPx;

    @Option(names = "--height", defaultValue = "1000", description = "Frame height in pixels (default: ${DEFAULT-VALUE}).")
    int heightPx;

    @Option(names = "--frames", defaultValue = "300", description = "Timed slider frames (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--warmup", defaultValue = "200", description = "Untimed frames first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--window-days", defaultValue = "30", description = "Slider window (default: ${DEFAULT-VALUE} days, stepped by one day).")
    int windowDays;

    @Option(names = "--requery-frames", defaultValue = "7", description = "Timed re-query frames (default: ${DEFAULT-VALUE}).")
    int requeryFrames;

    @Option(names = "--present-frames", defaultValue = "60", description = "Timed present steps (default: ${DEFAULT-VALUE}).")
    int presentFrames;

    @Option(names = "--present", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Time the JavaFX present step when a display is available (default: on).")
    boolean present;

    @Option(names = "--db", description = "GeoPackage for the re-query baseline; built if missing, reused after "
            + "(default: a file in the temporary directory named after N and the seed).")
    Path db;

    @Option(names = "--map", description = "Basemap GeoPackage (default: maps/kashmir.gpkg).")
    Path map;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (incidents < 1 || frames < 1 || widthPx < 16 || heightPx < 16 || windowDays < 1) {
            System.err.println("sitmap bench frame: --incidents, --frames, --window-days must be positive; sizes >= 16");
            return 2;
        }
        Basemap basemap = BasemapLoader.load(map != null ? map : BasemapLocator.defaultBasemap());
        long heapBefore = usedHeapAfterGc();
        IncidentTable table = SyntheticIncidents.generate(incidents, seed).table(basemap.projection());
        long heapAfter = usedHeapAfterGc();
        Viewport viewport = Viewport.fit(basemap.locExtent(), widthPx, heightPx, 24);
        int[] pixels = new int[widthPx * heightPx];
        SliderFrames slider = new SliderFrames(table, basemap.content(), viewport, windowDays * SliderFrames.DAY_MS,
                SliderFrames.DAY_MS, pixels);
        print("incidents", incidents);
        print("frame_px", widthPx + "x" + heightPx);
        print("metres_per_px", viewport.unitsPerPixel());
        print("heap_bytes_per_incident", (heapAfter - heapBefore) / (double) incidents);
        print("table_bytes_per_incident", table.columnBytes() / (double) incidents);

        slider.select(0);
        long t0 = System.nanoTime();
        slider.draw();
        print("static_render_ms", (System.nanoTime() - t0) / 1e6);
        for (int k = 1; k <= warmup; k++) {
            slider.select(k);
            slider.draw();
        }
        double[] work = new double[frames];
        double[] filter = new double[frames];
        double[] draw = new double[frames];
        double[] rows = new double[frames];
        for (int k = 0; k < frames; k++) {
            long a = System.nanoTime();
            rows[k] = slider.select(k);
            long b = System.nanoTime();
            slider.draw();
            long c = System.nanoTime();
            work[k] = (c - a) / 1e6;
            filter[k] = (b - a) / 1e6;
            draw[k] = (c - b) / 1e6;
        }
        double workMedian = Percentiles.median(work);
        print("frame_work_ms_median", workMedian);
        print("frame_work_ms_p95", Percentiles.of(work, 95));
        print("frame_filter_ms_median", Percentiles.median(filter));
        print("frame_draw_ms_median", Percentiles.median(draw));
        print("rows_per_frame_median", Percentiles.median(rows));
        print("static_renders", slider.staticRenderCount());
        print("full_redraw_ms_median", fullRedrawMs(slider));

        double requeryMedian = requery(slider, basemap);
        print("requery_ms_median", requeryMedian);
        print("speedup_vs_requery", requeryMedian / workMedian);
        present(slider, pixels);
        return 0;
    }

    /** The same frame without the cache (static pass redrawn), a few times. */
    private static double fullRedrawMs(SliderFrames slider) {
        double[] t = new double[5];
        for (int k = 0; k < t.length; k++) {
            slider.select(k);
            long a = System.nanoTime();
            slider.drawUncached();
            t[k] = (System.nanoTime() - a) / 1e6;
        }
        return Percentiles.median(t);
    }

    private double requery(SliderFrames slider, Basemap basemap) throws Exception {
        Path file = db != null ? db : Path.of(System.getProperty("java.io.tmpdir"),
                "sitmap-bench-frame-" + incidents + "-" + seed + ".gpkg");
        RequeryFrames.Opened opened = RequeryFrames.open(file, incidents, seed, db == null, basemap.projection());
        print("requery_db", file);
        print("requery_db_built", opened.built());
        if (opened.built()) {
            print("requery_db_build_s", opened.buildSeconds());
        }
        try (RequeryFrames requery = opened.frames()) {
            long window = windowDays * SliderFrames.DAY_MS;
            requery.frame(slider, slider.windowStartMs(0), slider.windowStartMs(0) + window);
            double[] t = new double[requeryFrames];
            double[] rows = new double[requeryFrames];
            for (int k = 0; k < requeryFrames; k++) {
                long from = slider.windowStartMs(k * 7 + 1);
                long a = System.nanoTime();
                rows[k] = requery.frame(slider, from, from + window);
                t[k] = (System.nanoTime() - a) / 1e6;
            }
            print("requery_rows_median", Percentiles.median(rows));
            return Percentiles.median(t);
        }
    }

    private void present(SliderFrames slider, int[] pixels) {
        PresentProbe probe = present ? PresentProbe.installed().orElse(null) : null;
        PresentProbe.Times times = probe == null
                ? new PresentProbe.Times(new double[0], new double[0],
                        present ? "no JavaFX present probe installed" : "skipped (--no-present)")
                : probe.measure(pixels, widthPx, heightPx, Math.min(20, presentFrames), presentFrames, k -> {
                    slider.select(k);
                    slider.draw();
                });
        print("present_ms_median", Percentiles.median(times.presentMs()));
        print("present_ms_p95", Percentiles.of(times.presentMs(), 95));
        print("present_rerender_ms_median", Percentiles.median(times.rerenderMs()));
        print("present_note", times.note());
    }

    /**
     * Used heap once collection has settled: objects freed only after a reference-handler or
     * Cleaner thread has run (fonts, image surfaces, PDF buffers from earlier work in the same
     * JVM) need more than back-to-back collections, so collect until the figure stops falling.
     */
    private static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 12; round++) {
            System.gc();
            System.runFinalization();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used - (256 << 10)) {
                return Math.min(now, used);
            }
            used = now;
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return used;
    }

    private static void print(String key, Object value) {
        String v = value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : String.valueOf(value);
        System.out.println(key + "=" + v);
    }
}
