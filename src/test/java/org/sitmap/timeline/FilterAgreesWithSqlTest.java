package org.sitmap.timeline;

import org.sitmap.core.ReferenceDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.incidents.IncidentFilter;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.map.projection.WebMercator;
import org.sitmap.situation.IncidentFileLoader;
import org.sqlite.SQLiteConfig;

/** The in-memory filter and an SQL count over the same file must agree, window by window. */
class FilterAgreesWithSqlTest {

    private static final Path DEMO = Path.of("data/demo-incidents.gpkg");

    @Test
    void filterCountsMatchSqlForRandomWindowsAndCriteria() throws Exception {
        IncidentTable table = IncidentFileLoader.load(DEMO, WebMercator.INSTANCE).table();
        assertTrue(table.size() > 1000);
        long[] span = table.spanMs();
        Random rnd = new Random(7);
        int[] rows = new int[table.size()];
        SQLiteConfig ro = new SQLiteConfig();
        ro.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + DEMO, ro.toProperties())) {
            for (int k = 0; k < 40; k++) {
                long a = span[0] + (long) (rnd.nextDouble() * (span[1] - span[0]));
                long b = a + (long) (rnd.nextDouble() * 60) * TimeWindow.DAY_MS;
                Set<IncidentType> hidden = new java.util.HashSet<>();
                if (rnd.nextBoolean()) {
                    hidden.add(IncidentType.values()[rnd.nextInt(12)]);
                    hidden.add(IncidentType.values()[rnd.nextInt(12)]);
                }
                int minCas = rnd.nextInt(3);
                Set<Character> hiddenRel = rnd.nextBoolean() ? Set.of('E', 'F') : Set.of();
                Set<Integer> hiddenCred = rnd.nextBoolean() ? Set.of(5, 6) : Set.of();
                Set<String> sides = rnd.nextInt(3) == 0 ? Set.of("India") : Set.of();
                ViewState vs = ViewState.initial(new TimeWindow(a, b)).withHiddenTypes(hidden)
                        .withFilters(sides, Set.of(), minCas, hiddenRel, hiddenCred, 0, "");
                FilterCriteria criteria = vs.criteria(table, null);
                int n = IncidentFilter.select(table, a, b, criteria, rows);
                assertEquals(n, IncidentFilter.count(table, a, b, criteria));
                String typeList = hidden.stream().map(t -> "'" + t.code() + "'").collect(Collectors.joining(","));
                String sql = "SELECT count(*) FROM incidents WHERE start_ms >= ? AND start_ms < ?"
                        + (hidden.isEmpty() ? "" : " AND type NOT IN (" + typeList + ")")
                        + " AND coalesce(killed_total, 0) + coalesce(injured_total, 0) >= ?"
                        + (hiddenRel.isEmpty() ? "" : " AND coalesce(reliability, '') NOT IN ('E', 'F')")
                        + (hiddenCred.isEmpty() ? "" : " AND coalesce(credibility, 0) NOT IN (5, 6)")
                        + (sides.isEmpty() ? "" : " AND reporting_side = 'India'");
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, a);
                    ps.setLong(2, b);
                    ps.setInt(3, minCas);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertEquals(rs.getInt(1), n, "window " + k + ": " + sql);
                    }
                }
                for (int r = 1; r < n; r++) {
                    assertTrue(table.startMs(rows[r - 1]) <= table.startMs(rows[r]), "rows stay in time order");
                }
            }
        }
    }

    @Test
    void histogramBinsAddUpToTheFilteredCount() throws Exception {
        IncidentTable table = IncidentFileLoader.load(DEMO, WebMercator.INSTANCE).table();
        long[] span = table.spanMs();
        DayBins bins = new DayBins(new TimeWindow(span[0], span[1] + 1), ReportZone.IST.zone());
        FilterCriteria all = FilterCriteria.all(table);
        DailyHistogram h = DailyHistogram.of(table, all, bins);
        int sum = 0;
        for (int d = 0; d < bins.days(); d++) {
            sum += h.total(d);
        }
        assertEquals(table.size(), sum);
        // one day checked against a direct count over the table
        int day = bins.indexOf(ReferenceDate.ist(2025, 5, 8, 12, 0).toEpochMilli());
        int direct = IncidentFilter.count(table, bins.dayStartMs(day), bins.dayStartMs(day + 1), all);
        assertEquals(direct, h.total(day));
    }
}
