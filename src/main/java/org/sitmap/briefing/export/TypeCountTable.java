package org.sitmap.briefing.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitmap.core.IncidentType;
import org.sitmap.incidents.layer.IncidentLayer;
import org.sitmap.map.MapContent;

/**
 * A page table of a view's incidents by type (count, killed + injured), one column pair per map in
 * compare mode. Used by {@code brief --type-table}; a stand-in any table (e.g. the district table)
 * can replace. Stateless.
 */
public final class TypeCountTable {

    private TypeCountTable() {
    }

    public static BriefingTable of(ComposedView c) {
        int[][] main = counts(c.main());
        int[][] cmp = c.isCompare() ? counts(c.compare()) : null;
        List<String> headers = new ArrayList<>(List.of("Type", cmp == null ? "Incidents" : "Left", "Killed+inj."));
        if (cmp != null) {
            headers.addAll(List.of("Right", "Killed+inj."));
        }
        List<List<String>> rows = new ArrayList<>();
        int[] totals = new int[4];
        for (IncidentType t : IncidentType.values()) {
            int i = t.ordinal();
            if (main[0][i] == 0 && (cmp == null || cmp[0][i] == 0)) {
                continue;
            }
            List<String> r = new ArrayList<>(List.of(t.label(), n(main[0][i]), n(main[1][i])));
            totals[0] += main[0][i];
            totals[1] += main[1][i];
            if (cmp != null) {
                r.addAll(List.of(n(cmp[0][i]), n(cmp[1][i])));
                totals[2] += cmp[0][i];
                totals[3] += cmp[1][i];
            }
            rows.add(r);
        }
        List<String> total = new ArrayList<>(List.of("All types", n(totals[0]), n(totals[1])));
        if (cmp != null) {
            total.addAll(List.of(n(totals[2]), n(totals[3])));
        }
        rows.add(total);
        return new BriefingTable("Incidents by type", headers, rows);
    }

    /** [0][type] incidents, [1][type] killed + injured, of the content's incident layer. */
    static int[][] counts(MapContent content) {
        int[][] out = new int[2][IncidentType.values().length];
        content.layer("incidents").filter(IncidentLayer.class::isInstance).map(IncidentLayer.class::cast)
                .ifPresent(l -> l.forEachRow(row -> {
                    int t = l.table().typeOrdinal(row);
                    out[0][t]++;
                    out[1][t] += l.table().casualties(row);
                }));
        return out;
    }

    private static String n(int v) {
        return String.format(Locale.ENGLISH, "%,d", v);
    }
}
