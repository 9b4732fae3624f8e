package org.sitmap.incidents;

import java.util.Arrays;
import org.sitmap.core.Incident;
import org.sitmap.core.Projector;

/**
 * Builds the table that follows one edit: every column copied once with the edited row left out
 * and the new row placed in (start, fid) order, so the time sort the filters rely on holds. New
 * reporting sides, actors, districts or admin1 names are appended to the string tables (existing codes keep
 * their meaning). Stateless.
 */
final class IncidentTableEdit {

    private IncidentTableEdit() {
    }

    static IncidentTable apply(IncidentTable t, Long removedFid, Incident added, Projector projector) {
        int n = t.size();
        int removed = removedFid == null ? -1 : t.rowOfFid(removedFid);
        int m = n - (removed >= 0 ? 1 : 0) + (added != null ? 1 : 0);
        String[] sides = added == null ? t.sides : withString(t.sides, added.reportingSide());
        String[] actors = added == null ? t.actors : withString(t.actors, added.actor());
        String[] districts = added == null ? t.districts : withString(t.districts, added.district());
        String[] admin1s = added == null ? t.admin1s : withString(t.admin1s, added.admin1());
        int at = -1;
        if (added != null) {
            at = insertionRow(t, added.startUtc().toEpochMilli(), added.id() == null ? -1 : added.id(), removed);
        }
        // source rows [0, n) minus `removed`, with a gap at target row `at`
        IncidentTable out = new IncidentTable(
                copy(t.fid, new long[m], removed, at), copy(t.startMs, new long[m], removed, at),
                copy(t.endMs, new long[m], removed, at), copy(t.x, new float[m], removed, at),
                copy(t.y, new float[m], removed, at), copy(t.type, new byte[m], removed, at),
                copy(t.killed, new short[m], removed, at), copy(t.injured, new short[m], removed, at),
                copy(t.precision, new byte[m], removed, at), copy(t.reliability, new byte[m], removed, at),
                copy(t.credibility, new byte[m], removed, at), copy(t.side, new short[m], removed, at),
                copy(t.actor, new short[m], removed, at), copy(t.district, new short[m], removed, at),
                copy(t.admin1, new short[m], removed, at), sides, actors, districts, admin1s);
        if (added != null) {
            out.fid[at] = added.id() == null ? -1 : added.id();
            out.startMs[at] = added.startUtc().toEpochMilli();
            out.endMs[at] = added.endUtc().toEpochMilli();
            out.x[at] = (float) projector.xOf(added.lon());
            out.y[at] = (float) projector.yOf(added.lat());
            out.type[at] = (byte) added.type().ordinal();
            out.killed[at] = (short) Math.min(Short.MAX_VALUE, added.killed());
            out.injured[at] = (short) Math.min(Short.MAX_VALUE, added.injured());
            out.precision[at] = (byte) (added.locationPrecisionCode() == null ? 0 : added.locationPrecisionCode());
            out.reliability[at] = (byte) (added.reliability() == null ? 0 : added.reliability());
            out.credibility[at] = (byte) (added.credibility() == null ? 0 : added.credibility());
            out.side[at] = (short) indexOf(sides, added.reportingSide());
            out.actor[at] = (short) indexOf(actors, added.actor());
            out.district[at] = (short) indexOf(districts, added.district());
            out.admin1[at] = (short) indexOf(admin1s, added.admin1());
        }
        return out;
    }

    /** The row (in the new table) where an incident starting at startMs with this fid belongs. */
    private static int insertionRow(IncidentTable t, long startMs, long fid, int removed) {
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            boolean before = t.startMs[mid] < startMs || t.startMs[mid] == startMs && t.fid[mid] < fid;
            if (before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return removed >= 0 && removed < lo ? lo - 1 : lo;
    }

    private static String[] withString(String[] table, String value) {
        String v = value == null ? "" : value;
        return indexOf(table, v) >= 0 ? table : appended(table, v);
    }

    private static String[] appended(String[] table, String v) {
        String[] out = Arrays.copyOf(table, table.length + 1);
        out[table.length] = v;
        return out;
    }

    private static int indexOf(String[] table, String value) {
        String v = value == null ? "" : value;
        for (int k = 0; k < table.length; k++) {
            if (table[k].equals(v)) {
                return k;
            }
        }
        return -1;
    }

    /** Copies src into dst leaving out row `removed` (or none: -1) and leaving row `gap` free (or none: -1). */
    private static <A> A copy(A src, A dst, int removed, int gap) {
        int n = java.lang.reflect.Array.getLength(src);
        int written = 0;
        int read;
        int[] cuts = cuts(n, removed);
        for (int s = 0; s < cuts.length; s += 2) {
            int start = cuts[s];
            int end = cuts[s + 1];
            read = start;
            while (read < end) {
                int chunk = end - read;
                if (gap >= written && gap < written + chunk) {
                    chunk = gap - written;
                    System.arraycopy(src, read, dst, written, chunk);
                    written += chunk + 1;
                    read += chunk;
                    gap = -1;
                    continue;
                }
                System.arraycopy(src, read, dst, written, chunk);
                written += chunk;
                read += chunk;
            }
        }
        return dst;
    }

    private static int[] cuts(int n, int removed) {
        return removed < 0 ? new int[] {0, n} : new int[] {0, removed, removed + 1, n};
    }
}
