package org.sitmap.timeline;

import org.sitmap.core.IncidentType;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.incidents.IncidentTable;

/**
 * Daily counts of incidents by type over the open file's span, for the stacked histogram under
 * the slider. Built from the rows that pass the non-time filters, so it reflects the analyst's
 * selection; rebuilt when those change, never on a slider move. Immutable after construction.
 */
public final class DailyHistogram {

    private final DayBins bins;
    private final int[][] counts;
    private final int maxDayTotal;

    private DailyHistogram(DayBins bins, int[][] counts, int maxDayTotal) {
        this.bins = bins;
        this.counts = counts;
        this.maxDayTotal = maxDayTotal;
    }

    public static DailyHistogram of(IncidentTable table, FilterCriteria criteria, DayBins bins) {
        int types = IncidentType.values().length;
        int[][] counts = new int[types][bins.days()];
        for (int i = 0; i < table.size(); i++) {
            int day = bins.indexOf(table.startMs(i));
            if (day >= 0 && day < bins.days() && criteria.accepts(table, i)) {
                counts[table.typeOrdinal(i)][day]++;
            }
        }
        int max = 0;
        for (int d = 0; d < bins.days(); d++) {
            int total = 0;
            for (int t = 0; t < types; t++) {
                total += counts[t][d];
            }
            max = Math.max(max, total);
        }
        return new DailyHistogram(bins, counts, max);
    }

    public DayBins bins() {
        return bins;
    }

    public int count(IncidentType type, int day) {
        return counts[type.ordinal()][day];
    }

    public int total(int day) {
        int total = 0;
        for (int[] perType : counts) {
            total += perType[day];
        }
        return total;
    }

    public int maxDayTotal() {
        return maxDayTotal;
    }
}
