package org.sitmap.districts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How each column of the district table sorts: on the underlying numbers, not the display text
 * (so "1,204" sorts after "987"). The app's table columns and printed briefings share it, so a
 * saved sort prints in the order it was shown. Stateless.
 */
public final class DistrictOrder {

    private static final List<Comparator<DistrictRow>> BY_COLUMN = List.of(
            Comparator.comparing((DistrictRow r) -> r.district().name()),
            Comparator.comparing((DistrictRow r) -> r.district().side()),
            number(r -> r.counts().before()),
            number(r -> r.counts().after()),
            number(r -> r.counts().beforePerDay()),
            number(r -> r.counts().afterPerDay()),
            number(r -> r.counts().changePercent()),
            number(r -> r.counts().rateRatio().estimate()),
            number(r -> r.counts().rateRatio().lower()),
            number(r -> r.counts().killedBefore()),
            number(r -> r.counts().killedAfter()),
            number(r -> r.counts().injuredBefore()),
            number(r -> r.counts().injuredAfter()),
            Comparator.comparing((DistrictRow r) -> r.counts().verdict()),
            Comparator.comparing((DistrictRow r) -> r.district().hasPolygon()));

    private DistrictOrder() {
    }

    /** The ascending order of column {@code index} of {@link DistrictTableFormat#HEADERS}. */
    public static Comparator<DistrictRow> column(int index) {
        return BY_COLUMN.get(index);
    }

    /** The table's district rows (not the total) in the choice's order; ties keep the table's order. */
    public static List<DistrictRow> sorted(DistrictTable t, DistrictViewChoice choice) {
        List<DistrictRow> rows = new ArrayList<>(t.rows());
        int i = choice.sortIndex();
        if (i >= 0) {
            Comparator<DistrictRow> c = column(i);
            rows.sort(choice.ascending() ? c : c.reversed());
        }
        return rows;
    }

    private static Comparator<DistrictRow> number(ToDoubleFunction<DistrictRow> f) {
        return Comparator.comparingDouble(f);
    }
}
