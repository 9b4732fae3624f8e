package org.sitmap.districts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.timeline.TimeWindow;

/** The district table's figures on {@link HandBuiltFixture}, every expected number worked out by hand. */
class DistrictAnalysisTest {

    private final DistrictAnalysis analysis = HandBuiltFixture.analysis();
    private final DistrictTable table = analysis.compute(HandBuiltFixture.WINDOWS,
            FilterCriteria.all(analysis.table()));

    @Test
    void kupwaraCountsRatesCasualtiesAndFlag() {
        Counts c = table.row("Kupwara", "IN").counts();
        assertEquals(4, c.before());            // 1, 2, 3, 4 (12 straddles the pivot; 13 is outside)
        assertEquals(2, c.after());             // 5 by name, 6 by position
        assertEquals(0.4, c.beforePerDay(), 1e-12);  // 4 in 10 days
        assertEquals(0.4, c.afterPerDay(), 1e-12);   // 2 in 5 days
        assertEquals(0.0, c.changePercent(), 1e-9);
        assertEquals(1.0, c.rateRatio().estimate(), 1e-12);
        assertTrue(c.rateRatio().lower() < 1 && c.rateRatio().upper() > 1);
        assertEquals(1, c.killedBefore());
        assertEquals(3, c.killedAfter());
        assertEquals(2, c.injuredBefore());
        assertEquals(0, c.injuredAfter());
        assertEquals(Verdict.TOO_FEW, c.verdict(), "6 events, CI includes 1");
        assertTrue(c.tooFew());
    }

    @Test
    void poonchIsSplitBySideAndAliasesResolve() {
        assertEquals(1, table.row("Poonch", "IN").counts().before(), "'Punch' in India");
        assertEquals(2, table.row("Poonch", "PK").counts().before(), "'Poonch' west of the LoC, and #14 by admin1");
        assertEquals(1, table.row("Poonch", "IN").counts().injuredBefore());
        assertEquals(2, table.row("Poonch", "PK").counts().killedBefore());
        assertEquals(1, table.row("Neelum", "PK").counts().after(), "UCDP's 'Neelam district'");
        DistrictRow haveli = table.row("Haveli", "PK");
        assertNotNull(haveli, "a named district without a polygon still counts");
        assertFalse(haveli.district().hasPolygon());
        assertEquals(1, haveli.counts().after());
        assertEquals(Verdict.TOO_FEW, haveli.counts().verdict());
    }

    @Test
    void totalsUnassignedAndAmbiguous() {
        assertEquals(7, table.total().before());   // Kupwara 4, Poonch IN 1, Poonch PK 2
        assertEquals(4, table.total().after());    // Kupwara 2, Neelum 1, Haveli 1
        assertEquals(0, table.unassignedBefore());
        assertEquals(1, table.unassignedAfter());  // incident 11, east of every district
        assertEquals(1, table.ambiguous());        // incident 12
        DistrictAssignment a = analysis.assignment();
        assertEquals(1, a.unassignedCount());
        int row = a.unassignedRows()[0];
        assertEquals(11, analysis.table().fid(row));
        assertTrue(a.reason(row).contains("outside every district"), a.reason(row));
        assertEquals(DistrictAssignment.Method.POSITION, a.method(rowOf(6)));
        assertEquals(DistrictAssignment.Method.ATTRIBUTE, a.method(rowOf(9)));
        assertEquals(12, a.count(DistrictAssignment.Method.ATTRIBUTE)); // 14 rows less #6 (position) and #11 (none)
        assertEquals(1, a.count(DistrictAssignment.Method.POSITION));
    }

    @Test
    void locBandsBeforeAndAfter() {
        long[] before = table.bands().stream().mapToLong(b -> b.counts().before()).toArray();
        long[] after = table.bands().stream().mapToLong(b -> b.counts().after()).toArray();
        // before: #2 0.9 km, #3 4.6 km, #4 9.2 km, #1 18.4 km; #7 46 km, #8 46 km, #14 28 km (> 25)
        assertArrayEquals(new long[] {1, 1, 1, 1, 3}, before);
        // after: #5 46 km, #6 46 km, #9 41 km, #10 74 km, #11 (unassigned, still measured) 166 km
        assertArrayEquals(new long[] {0, 0, 0, 0, 5}, after);
    }

    @Test
    void filtersApply() {
        // keep only incidents with at least 3 killed + injured: #1 (3) before, #5 (3) after
        boolean[] yes = new boolean[12];
        java.util.Arrays.fill(yes, true);
        boolean[] one = {true};
        boolean[] districts = new boolean[analysis.table().districts().size()];
        java.util.Arrays.fill(districts, true);
        boolean[] grades = {true, true, true, true, true, true, true};
        FilterCriteria atLeast3 = new FilterCriteria(yes, one, districts, one, grades, grades, 3, 0, null);
        DistrictTable t = analysis.compute(HandBuiltFixture.WINDOWS, atLeast3);
        assertEquals(1, t.row("Kupwara", "IN").counts().before());
        assertEquals(1, t.row("Kupwara", "IN").counts().after());
        assertEquals(0, t.row("Poonch", "PK").counts().before());
    }

    @Test
    void dailySeriesOfADistrict() {
        int kupwara = table.row("Kupwara", "IN").index();
        TimeWindow span = new TimeWindow(HandBuiltFixture.JAN1, HandBuiltFixture.JAN1 + 20 * TimeWindow.DAY_MS);
        int[] days = analysis.dailyCounts(kupwara, span, ZoneOffset.UTC, FilterCriteria.all(analysis.table()));
        assertEquals(20, days.length);
        int[] expected = new int[20];
        expected[1] = 1;  // #1
        expected[2] = 1;  // #2
        expected[4] = 1;  // #3
        expected[8] = 1;  // #4
        expected[9] = 1;  // #12 starts on day 9 (12:00)
        expected[11] = 1; // #5
        expected[12] = 1; // #6
        expected[19] = 1; // #13
        assertArrayEquals(expected, days);
    }

    @Test
    void displayRowsAreTheSharedFormat() {
        List<List<String>> rows = DistrictTableFormat.displayRows(table);
        List<String> kupwara = rows.stream().filter(r -> r.get(0).equals("Kupwara")).findFirst().orElseThrow();
        assertEquals(List.of("Kupwara", "India", "4", "2", "0.40", "0.40", "+0%", "1.00"), kupwara.subList(0, 8));
        assertEquals("too few to say", kupwara.get(13));
        List<String> total = rows.get(rows.size() - 1);
        assertEquals(List.of("All districts", "", "7", "4", "0.70", "0.80", "+14%", "1.14"), total.subList(0, 8));
        assertEquals(DistrictTableFormat.HEADERS.size(), kupwara.size());
        assertNull(table.row("Kupwara", "PK"));
        String text = DistrictTableFormat.text(table);
        assertTrue(text.contains("Unassigned incidents: 0 before, 1 after"), text);
        assertTrue(text.contains("Straddling the pivot (in neither window): 1"), text);
    }

    private int rowOf(long fid) {
        for (int i = 0; i < analysis.table().size(); i++) {
            if (analysis.table().fid(i) == fid) {
                return i;
            }
        }
        throw new AssertionError("no fid " + fid);
    }
}
