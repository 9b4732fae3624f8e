package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Smoke test of {@code bench frame}: it runs and prints every key. Not a test of speed. */
class FrameBenchCommandTest {

    private static final List<String> NUMERIC_KEYS = List.of("frame_work_ms_median", "frame_work_ms_p95",
            "requery_ms_median", "speedup_vs_requery", "heap_bytes_per_incident", "table_bytes_per_incident",
            "static_render_ms", "rows_per_frame_median", "full_redraw_ms_median");

    @TempDir
    Path tmp;

    private static Map<String, String> run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = new CommandLine(new SitmapCommand()).execute(args);
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                keys.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        return keys;
    }

    @Test
    void printsEveryKeyAndReusesItsDatabase() {
        Path db = tmp.resolve("bench.gpkg");
        // --no-present: starting JavaFX here would clash with the TestFX tests in this JVM
        String[] args = {"bench", "frame", "--incidents", "20000", "--frames", "5", "--warmup", "3",
            "--requery-frames", "2", "--no-present", "--db", db.toString()};
        Map<String, String> first = run(args);
        for (String key : NUMERIC_KEYS) {
            assertTrue(first.containsKey(key), "missing " + key + " in " + first.keySet());
            double v = Double.parseDouble(first.get(key));
            assertTrue(v > 0 && !Double.isInfinite(v), key + "=" + first.get(key));
        }
        assertEquals("NaN", first.get("present_ms_median"));
        assertTrue(first.containsKey("present_note"));
        assertEquals("1", first.get("static_renders"), "slider frames copy the cached basemap");
        assertEquals("true", first.get("requery_db_built"));

        Map<String, String> second = run(args);
        assertEquals("false", second.get("requery_db_built"));
        assertFalse(second.containsKey("requery_db_build_s"));
    }
}
