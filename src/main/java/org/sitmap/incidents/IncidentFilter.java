package org.sitmap.incidents;

/**
 * The slider's hot path: selects the rows of a time window that pass the criteria, by one binary
 * search for the window's start and one loop up to its end, writing row numbers into a buffer the
 * caller reuses (without testing rows at all when the criteria accept everything). No SQL, no allocation per incident, no boxing. Stateless; thread-safe as long as
 * each thread passes its own output buffer.
 */
public final class IncidentFilter {

    private IncidentFilter() {
    }

    /**
     * Writes the rows whose start lies in [fromMs, toMs) and that pass {@code criteria} into
     * {@code out} (which must hold {@code table.size()} ints), in time order; returns how many.
     */
    public static int select(IncidentTable table, long fromMs, long toMs, FilterCriteria criteria, int[] out) {
        int n = 0;
        int end = table.firstAtOrAfter(toMs);
        int start = table.firstAtOrAfter(fromMs);
        if (criteria.acceptsAll) {
            // the window is one run of rows: no per-row test (a loop the JIT vectorises)
            for (int i = start; i < end; i++) {
                out[i - start] = i;
            }
            return Math.max(0, end - start);
        }
        for (int i = start; i < end; i++) {
            if (criteria.accepts(table, i)) {
                out[n++] = i;
            }
        }
        return n;
    }

    /** How many rows of [fromMs, toMs) pass, without writing them (for the "N of M" readout). */
    public static int count(IncidentTable table, long fromMs, long toMs, FilterCriteria criteria) {
        int n = 0;
        int end = table.firstAtOrAfter(toMs);
        for (int i = table.firstAtOrAfter(fromMs); i < end; i++) {
            if (criteria.accepts(table, i)) {
                n++;
            }
        }
        return n;
    }
}
