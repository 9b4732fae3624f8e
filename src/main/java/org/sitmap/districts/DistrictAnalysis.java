package org.sitmap.districts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.map.projection.MapProjection;
import org.sitmap.timeline.PivotSplit;
import org.sitmap.timeline.TimeWindow;

/**
 * The district analysis of one incident table over one district layer. Preparing it does the
 * per-file work once — assigning every incident to a district and measuring its geodesic distance
 * to the LoC — so that each change of the windows or filters is one pass over the rows of the two
 * windows ({@link #compute}): the same code for the app (on its worker) and the CLI, so both print
 * the same numbers. Immutable after {@link #prepare}; thread-safe.
 */
public final class DistrictAnalysis {

    /** The table's default order: most events (both windows) first, then side, then name. */
    public static final java.util.Comparator<DistrictRow> DEFAULT_ORDER = java.util.Comparator
            .comparingLong((DistrictRow r) -> -(r.counts().before() + r.counts().after()))
            .thenComparing(r -> r.district().side()).thenComparing(r -> r.district().name());

    private final IncidentTable table;
    private final DistrictAssignment assignment;
    private final float[] locKm;
    private final DistrictIndex index;
    private final MapProjection projection;

    private DistrictAnalysis(IncidentTable table, DistrictAssignment assignment, float[] locKm, DistrictIndex index,
                             MapProjection projection) {
        this.table = table;
        this.assignment = assignment;
        this.locKm = locKm;
        this.index = index;
        this.projection = projection;
    }

    /** Assigns districts and measures LoC distances (seconds at a million incidents: run it off the FX thread). */
    public static DistrictAnalysis prepare(IncidentTable table, DistrictLayer layer, LocGeography geography,
                                           MapProjection projection) {
        DistrictIndex index = new DistrictIndex(layer.districts(), geography, projection);
        DistrictAssignment assignment = DistrictAssigner.assign(table, layer, index);
        float[] km = geography.loc() == null ? null : new LocDistance(geography.loc()).kmOf(table, projection);
        return new DistrictAnalysis(table, assignment, km, index, projection);
    }

    /** The district of the layer in use that holds (lon, lat), or null. */
    public District districtAt(double lon, double lat) {
        int i = index.districtAt(projection.xOf(lon), projection.yOf(lat));
        return i < 0 ? null : assignment.layer().districts().get(i);
    }

    public IncidentTable table() {
        return table;
    }

    public DistrictAssignment assignment() {
        return assignment;
    }

    /** Kilometres from a row's position to the LoC (geodesic), or NaN when there is no LoC. */
    public double locKm(int row) {
        return locKm == null ? Double.NaN : locKm[row];
    }

    /** The table for two windows, counting rows that pass {@code criteria}. */
    public DistrictTable compute(AnalysisWindows w, FilterCriteria criteria) {
        int nd = assignment.districts().size();
        int nb = DistanceBand.values().length;
        long[][] count = new long[2][nd];
        long[][] killed = new long[2][nd];
        long[][] injured = new long[2][nd];
        long[][] bandCount = new long[2][nb];
        long[][] bandKilled = new long[2][nb];
        long[][] bandInjured = new long[2][nb];
        long[] unassigned = new long[2];
        long ambiguous = 0;
        long pivot = w.before().endMs();
        TimeWindow[] windows = {w.before(), w.after()};
        for (int k = 0; k < 2; k++) {
            int end = table.firstAtOrAfter(windows[k].endMs());
            for (int i = table.firstAtOrAfter(windows[k].startMs()); i < end; i++) {
                if (!criteria.accepts(table, i)) {
                    continue;
                }
                if (k == 0 && w.adjacent()
                        && PivotSplit.classify(table.startMs(i), table.endMs(i), pivot) == PivotSplit.Side.AMBIGUOUS) {
                    ambiguous++;
                    continue;
                }
                int d = assignment.district(i);
                if (d < 0) {
                    unassigned[k]++;
                } else {
                    count[k][d]++;
                    killed[k][d] += table.killed(i);
                    injured[k][d] += table.injured(i);
                }
                if (locKm != null) {
                    int b = DistanceBand.of(locKm[i]).ordinal();
                    bandCount[k][b]++;
                    bandKilled[k][b] += table.killed(i);
                    bandInjured[k][b] += table.injured(i);
                }
            }
        }
        List<DistrictRow> rows = new ArrayList<>(nd);
        long[] sum = new long[6];
        for (int d = 0; d < nd; d++) {
            rows.add(new DistrictRow(d, assignment.districts().get(d), Counts.of(count[0][d], count[1][d],
                    killed[0][d], killed[1][d], injured[0][d], injured[1][d], w)));
            sum[0] += count[0][d];
            sum[1] += count[1][d];
            sum[2] += killed[0][d];
            sum[3] += killed[1][d];
            sum[4] += injured[0][d];
            sum[5] += injured[1][d];
        }
        rows.sort(DEFAULT_ORDER);
        List<BandRow> bands = new ArrayList<>();
        if (locKm != null) {
            for (DistanceBand b : DistanceBand.values()) {
                int o = b.ordinal();
                bands.add(new BandRow(b, Counts.of(bandCount[0][o], bandCount[1][o], bandKilled[0][o],
                        bandKilled[1][o], bandInjured[0][o], bandInjured[1][o], w)));
            }
        }
        Counts total = Counts.of(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], w);
        return new DistrictTable(w, rows, total, bands, unassigned[0], unassigned[1], ambiguous,
                assignment.layer().title(), assignment.layer().note());
    }

    /**
     * Daily counts of one district (index into the assignment's districts; -1 for all assigned) over
     * whole days of {@code zone} covering {@code span}; element 0 is {@link #firstDay}.
     */
    public int[] dailyCounts(int district, TimeWindow span, ZoneId zone, FilterCriteria criteria) {
        LocalDate first = firstDay(span, zone);
        int days = (int) ChronoUnit.DAYS.between(first, Instant.ofEpochMilli(Math.max(span.startMs(), span.endMs() - 1))
                .atZone(zone).toLocalDate()) + 1;
        int[] out = new int[Math.max(days, 0)];
        long firstMs = first.atStartOfDay(zone).toInstant().toEpochMilli();
        int end = table.firstAtOrAfter(span.endMs());
        for (int i = table.firstAtOrAfter(span.startMs()); i < end; i++) {
            if ((district < 0 ? assignment.district(i) >= 0 : assignment.district(i) == district)
                    && criteria.accepts(table, i)) {
                int day = (int) ((table.startMs(i) - firstMs) / TimeWindow.DAY_MS);
                if (day >= 0 && day < out.length) {
                    out[day]++;
                }
            }
        }
        return out;
    }

    public static LocalDate firstDay(TimeWindow span, ZoneId zone) {
        return Instant.ofEpochMilli(span.startMs()).atZone(zone).toLocalDate();
    }
}
