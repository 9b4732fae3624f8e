package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.io.store.IncidentImport;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.testsupport.Cli;
import org.sqlite.SQLiteConfig;

/** {@code sitmap stats}: counts by type and by UTC month, and a last line total=N. */
class StatsCommandTest {

    @TempDir
    Path dir;

    private record Stats(Map<String, Long> byType, Map<String, Long> byMonth, long total, List<String> lines) {
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private static Stats parse(String out) {
        Map<String, Long> types = new TreeMap<>();
        Map<String, Long> months = new TreeMap<>();
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        long total = -1;
        for (String l : lines) {
            String[] f = l.trim().split("\\s+", 3);
            if (f[0].equals("type")) {
                types.put(f[1], number(f[2]));
            } else if (f[0].equals("month")) {
                months.put(f[1], number(f[2]));
            } else if (l.startsWith("total=")) {
                total = Long.parseLong(l.substring("total=".length()).trim());
            }
        }
        return new Stats(types, months, total, lines);
    }

    private static long sqlCount(Path db) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM incidents")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void countsByTypeAndUtcMonthOfAStoreBuiltHere() throws Exception {
        List<Incident> incidents = new ArrayList<>();
        Map<String, Long> types = new TreeMap<>();
        Map<String, Long> months = new TreeMap<>();
        IncidentType[] all = {IncidentType.MORTAR, IncidentType.SNIPING, IncidentType.MORTAR, IncidentType.OTHER,
            IncidentType.DRONE_STRIKE, IncidentType.MORTAR, IncidentType.SNIPING};
        // starts straddle month ends: 31 Jan 20:00 UTC is 1 Feb in IST but January in UTC
        Instant t = Instant.parse("2025-01-31T20:00:00Z");
        for (int k = 0; k < 25; k++) {
            IncidentType type = all[k % all.length];
            Instant start = t.plusSeconds(86_400L * 9 * k);
            incidents.add(new IncidentBuilder().sourceEventId("S" + k).startUtc(start).type(type)
                    .lon(74 + k * 0.01).lat(33.5).build());
            types.merge(type.code(), 1L, Long::sum);
            months.merge(YearMonth.from(start.atOffset(ZoneOffset.UTC)).toString(), 1L, Long::sum);
        }
        Path db = dir.resolve("stats.gpkg");
        IncidentSchema.create(db, false, null, false);
        try (IncidentStore store = IncidentStore.openWritable(db)) {
            assertTrue(new IncidentImport(store).insertAll("test", incidents).committed());
        }

        Cli.Run r = Cli.run("stats", "--db", db.toString());
        assertEquals(0, r.exitCode(), r.toString());
        Stats s = parse(r.out());
        assertEquals(types, s.byType());
        assertEquals(months, s.byMonth());
        assertEquals(sqlCount(db), s.total());
        assertEquals(25, s.total());
        assertEquals("total=25", s.lines().get(s.lines().size() - 1), "total is the last line");
        assertFalse(r.out().contains("SYNTHETIC"), "a real store is not marked synthetic");
    }

    @Test
    void demoFileIsMarkedSyntheticAndItsTotalMatchesSql() throws Exception {
        Path copy = dir.resolve("demo.gpkg");
        Files.copy(Path.of("data/demo-incidents.gpkg"), copy);
        Cli.Run r = Cli.run("stats", "--db", copy.toString());
        assertEquals(0, r.exitCode(), r.toString());
        Stats s = parse(r.out());
        long n = sqlCount(copy);
        assertTrue(n > 1000, "the demo has thousands of incidents");
        assertEquals("total=" + n, s.lines().get(s.lines().size() - 1));
        assertEquals(n, s.byType().values().stream().mapToLong(Long::longValue).sum(), "types add up");
        assertEquals(n, s.byMonth().values().stream().mapToLong(Long::longValue).sum(), "months add up");
        assertTrue(s.lines().get(0).contains("SYNTHETIC"), "first line marks the data synthetic: " + r.out());
    }

    @Test
    void aForeignFileIsRefusedWithExit2() {
        Path sewer = org.sitmap.testsupport.TestPaths.fixtures().resolve("gpkg/ets-gpkg12_simple_sewer_features.gpkg");
        Cli.Run r = Cli.run("stats", "--db", sewer.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(sewer.toString()) && r.err().contains("not changed"), r.toString());
    }
}
