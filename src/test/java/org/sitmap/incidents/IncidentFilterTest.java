package org.sitmap.incidents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class IncidentFilterTest {

    private static IncidentTable table(int n) {
        long[] start = new long[n];
        for (int i = 0; i < n; i++) {
            start[i] = (i / 3) * 1000L; // three incidents per second
        }
        return IncidentTable.ofColumns(start, start.clone(), new float[n], new float[n], new byte[n], new short[n],
                new short[n]);
    }

    @Test
    void acceptAllSelectsTheSameRowsAsTestingEachRow() {
        IncidentTable t = table(1000);
        FilterCriteria all = FilterCriteria.all(t);
        BitSet everyRow = new BitSet();
        everyRow.set(0, t.size());
        boolean[] yes = {true, true, true, true, true, true, true, true, true, true, true, true};
        boolean[] one = {true};
        boolean[] grades = {true, true, true, true, true, true, true};
        FilterCriteria tested = new FilterCriteria(yes, one, one, one, grades, grades, 0, 0, everyRow);
        long[][] windows = {{0, 10_000}, {1_500, 2_000}, {2_000, 2_000}, {-5_000, 400_000}, {500_000, 600_000}};
        for (long[] w : windows) {
            int[] a = new int[t.size()];
            int[] b = new int[t.size()];
            int na = IncidentFilter.select(t, w[0], w[1], all, a);
            int nb = IncidentFilter.select(t, w[0], w[1], tested, b);
            assertEquals(nb, na, Arrays.toString(w));
            assertArrayEquals(Arrays.copyOf(b, nb), Arrays.copyOf(a, na), Arrays.toString(w));
            assertEquals(IncidentFilter.count(t, w[0], w[1], all), na);
        }
    }

    @Test
    void aWindowSelectsStartsInHalfOpenRange() {
        IncidentTable t = table(30);
        int[] out = new int[t.size()];
        int n = IncidentFilter.select(t, 2_000, 4_000, FilterCriteria.all(t), out);
        assertArrayEquals(new int[] {6, 7, 8, 9, 10, 11}, Arrays.copyOf(out, n));
    }
}
