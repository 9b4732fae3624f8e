package org.sitmap.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentType;
import org.sitmap.core.Projector;

/**
 * The incidents of an open file as columns, sorted by start time and projected once at load:
 * what the map draws and the timeline filters, with no object per incident. Row {@code i} of
 * every array is the same incident; text fields stay in the file and are read on demand by
 * {@link #fid(int)}. Immutable after construction (arrays are never exposed for writing);
 * safe to read from any thread.
 */
public final class IncidentTable {

    private final long[] fid;
    private final long[] startMs;
    private final long[] endMs;
    private final float[] x;
    private final float[] y;
    private final byte[] type;
    private final short[] killed;
    private final short[] injured;
    private final byte[] precision;

    private IncidentTable(int n) {
        fid = new long[n];
        startMs = new long[n];
        endMs = new long[n];
        x = new float[n];
        y = new float[n];
        type = new byte[n];
        killed = new short[n];
        injured = new short[n];
        precision = new byte[n];
    }

    public static IncidentTable empty() {
        return new IncidentTable(0);
    }

    /** Builds the table; incidents need not be sorted. Ids must be set (they come from the store). */
    public static IncidentTable of(List<Incident> incidents, Projector projector) {
        List<Incident> sorted = new ArrayList<>(incidents);
        sorted.sort(Comparator.comparing(Incident::startUtc).thenComparing(i -> i.id() == null ? 0L : i.id()));
        IncidentTable t = new IncidentTable(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Incident in = sorted.get(i);
            t.fid[i] = in.id() == null ? -1 : in.id();
            t.startMs[i] = in.startUtc().toEpochMilli();
            t.endMs[i] = in.endUtc().toEpochMilli();
            t.x[i] = (float) projector.xOf(in.lon());
            t.y[i] = (float) projector.yOf(in.lat());
            t.type[i] = (byte) in.type().ordinal();
            t.killed[i] = (short) Math.min(Short.MAX_VALUE, in.killed());
            t.injured[i] = (short) Math.min(Short.MAX_VALUE, in.injured());
            t.precision[i] = (byte) (in.locationPrecisionCode() == null ? 0 : in.locationPrecisionCode());
        }
        return t;
    }

    public int size() {
        return fid.length;
    }

    public long fid(int i) {
        return fid[i];
    }

    public long startMs(int i) {
        return startMs[i];
    }

    public long endMs(int i) {
        return endMs[i];
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public IncidentType type(int i) {
        return IncidentType.values()[type[i]];
    }

    public int typeOrdinal(int i) {
        return type[i];
    }

    public int killed(int i) {
        return killed[i];
    }

    public int injured(int i) {
        return injured[i];
    }

    public int casualties(int i) {
        return killed[i] + injured[i];
    }

    public int locationPrecisionCode(int i) {
        return precision[i];
    }

    /** First row whose start is at or after {@code ms} (binary search; size() if none). */
    public int firstAtOrAfter(long ms) {
        int lo = 0;
        int hi = startMs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startMs[mid] < ms) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Earliest start and latest end, or null when empty. */
    public long[] spanMs() {
        if (size() == 0) {
            return null;
        }
        long maxEnd = Long.MIN_VALUE;
        for (long e : endMs) {
            maxEnd = Math.max(maxEnd, e);
        }
        return new long[] {startMs[0], maxEnd};
    }
}
