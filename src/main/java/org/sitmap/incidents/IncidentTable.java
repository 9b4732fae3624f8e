package org.sitmap.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentType;
import org.sitmap.core.Projector;

/**
 * The incidents of an open file as columns, sorted by start time and projected once at load:
 * what the map draws and the timeline filters, with no object per incident. Row {@code i} of
 * every array is the same incident. Text attributes that filters need (reporting side, actor,
 * district, admin1) are dictionary codes into small string tables; free text stays in the file and is
 * resolved to a row mask off-thread. About 47 bytes per incident. Immutable after construction;
 * safe to read from any thread.
 */
public final class IncidentTable {

    final long[] fid;
    final long[] startMs;
    final long[] endMs;
    final float[] x;
    final float[] y;
    final byte[] type;
    final short[] killed;
    final short[] injured;
    final byte[] precision;
    final byte[] reliability;
    final byte[] credibility;
    final short[] side;
    final short[] actor;
    final short[] district;
    final short[] admin1;
    final String[] sides;
    final String[] actors;
    final String[] districts;
    final String[] admin1s;

    private IncidentTable(int n, String[] sides, String[] actors, String[] districts) {
        this(n, sides, actors, districts, new String[] {""});
    }

    private IncidentTable(int n, String[] sides, String[] actors, String[] districts, String[] admin1s) {
        fid = new long[n];
        startMs = new long[n];
        endMs = new long[n];
        x = new float[n];
        y = new float[n];
        type = new byte[n];
        killed = new short[n];
        injured = new short[n];
        precision = new byte[n];
        reliability = new byte[n];
        credibility = new byte[n];
        side = new short[n];
        actor = new short[n];
        district = new short[n];
        admin1 = new short[n];
        this.admin1s = admin1s;
        this.sides = sides;
        this.actors = actors;
        this.districts = districts;
    }

    /** A table over these columns (used as given) and string tables; for {@link IncidentTableEdit}. */
    IncidentTable(long[] fid, long[] startMs, long[] endMs, float[] x, float[] y, byte[] type, short[] killed,
                  short[] injured, byte[] precision, byte[] reliability, byte[] credibility, short[] side,
                  short[] actor, short[] district, short[] admin1, String[] sides, String[] actors, String[] districts,
                  String[] admin1s) {
        this.fid = fid;
        this.startMs = startMs;
        this.endMs = endMs;
        this.x = x;
        this.y = y;
        this.type = type;
        this.killed = killed;
        this.injured = injured;
        this.precision = precision;
        this.reliability = reliability;
        this.credibility = credibility;
        this.side = side;
        this.actor = actor;
        this.district = district;
        this.admin1 = admin1;
        this.admin1s = admin1s;
        this.sides = sides;
        this.actors = actors;
        this.districts = districts;
    }

    /**
     * A new table after one edit: the row of {@code removedFid} dropped (when not null) and
     * {@code added} inserted at its place in time order (when not null). This table is unchanged.
     * Copies every column once (a few milliseconds at a million rows).
     */
    public IncidentTable edited(Long removedFid, Incident added, Projector projector) {
        return IncidentTableEdit.apply(this, removedFid, added, projector);
    }

    /** The row holding {@code fid}, or -1. */
    public int rowOfFid(long fidValue) {
        for (int i = 0; i < fid.length; i++) {
            if (fid[i] == fidValue) {
                return i;
            }
        }
        return -1;
    }

    public static IncidentTable empty() {
        return new IncidentTable(0, new String[0], new String[0], new String[0]);
    }

    /** Builds the table; incidents need not be sorted. Ids must be set (they come from the store). */
    public static IncidentTable of(List<Incident> incidents, Projector projector) {
        List<Incident> sorted = new ArrayList<>(incidents);
        sorted.sort(Comparator.comparing(Incident::startUtc).thenComparing(i -> i.id() == null ? 0L : i.id()));
        Map<String, Integer> sideCodes = new LinkedHashMap<>();
        Map<String, Integer> actorCodes = new LinkedHashMap<>();
        Map<String, Integer> districtCodes = new LinkedHashMap<>();
        Map<String, Integer> admin1Codes = new LinkedHashMap<>();
        for (Incident in : sorted) {
            admin1Codes.putIfAbsent(nz(in.admin1()), admin1Codes.size());
            sideCodes.putIfAbsent(nz(in.reportingSide()), sideCodes.size());
            actorCodes.putIfAbsent(nz(in.actor()), actorCodes.size());
            districtCodes.putIfAbsent(nz(in.district()), districtCodes.size());
        }
        IncidentTable t = new IncidentTable(sorted.size(), keys(sideCodes), keys(actorCodes), keys(districtCodes),
                keys(admin1Codes));
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
            t.reliability[i] = (byte) (in.reliability() == null ? 0 : in.reliability());
            t.credibility[i] = (byte) (in.credibility() == null ? 0 : in.credibility());
            t.side[i] = sideCodes.get(nz(in.reportingSide())).shortValue();
            t.actor[i] = actorCodes.get(nz(in.actor())).shortValue();
            t.district[i] = districtCodes.get(nz(in.district())).shortValue();
            t.admin1[i] = admin1Codes.get(nz(in.admin1())).shortValue();
        }
        return t;
    }

    /** A table straight from columns (generators and benchmarks); arrays are used as given. */
    public static IncidentTable ofColumns(long[] startMs, long[] endMs, float[] x, float[] y, byte[] type,
                                          short[] killed, short[] injured) {
        int n = startMs.length;
        IncidentTable t = new IncidentTable(n, new String[] {""}, new String[] {""}, new String[] {""});
        for (int i = 1; i < n; i++) {
            if (startMs[i] < startMs[i - 1]) {
                throw new IllegalArgumentException("startMs must be sorted (row " + i + ")");
            }
        }
        System.arraycopy(startMs, 0, t.startMs, 0, n);
        System.arraycopy(endMs, 0, t.endMs, 0, n);
        System.arraycopy(x, 0, t.x, 0, n);
        System.arraycopy(y, 0, t.y, 0, n);
        System.arraycopy(type, 0, t.type, 0, n);
        System.arraycopy(killed, 0, t.killed, 0, n);
        System.arraycopy(injured, 0, t.injured, 0, n);
        for (int i = 0; i < n; i++) {
            t.fid[i] = i + 1;
        }
        return t;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String[] keys(Map<String, Integer> codes) {
        return codes.keySet().toArray(new String[0]);
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

    /** Admiralty source reliability 'A'..'F', or 0 when ungraded. */
    public char reliability(int i) {
        return (char) reliability[i];
    }

    /** Admiralty information credibility 1..6, or 0 when ungraded. */
    public int credibility(int i) {
        return credibility[i];
    }

    public int sideCode(int i) {
        return side[i];
    }

    public int actorCode(int i) {
        return actor[i];
    }

    public int districtCode(int i) {
        return district[i];
    }

    public int admin1Code(int i) {
        return admin1[i];
    }

    /** Distinct first-level divisions (admin1), indexed by {@link #admin1Code}; "" for unknown. */
    public List<String> admin1s() {
        return List.of(admin1s);
    }

    /** Distinct reporting sides, indexed by {@link #sideCode}; "" for unknown. */
    public List<String> sides() {
        return List.of(sides);
    }

    public List<String> actors() {
        return List.of(actors);
    }

    public List<String> districts() {
        return List.of(districts);
    }

    /** Bytes held by the column arrays' elements (not counting array headers or the string tables). */
    public long columnBytes() {
        return (long) Long.BYTES * (fid.length + startMs.length + endMs.length)
                + (long) Float.BYTES * (x.length + y.length)
                + (long) Short.BYTES * (killed.length + injured.length + side.length + actor.length + district.length
                + admin1.length)
                + type.length + precision.length + reliability.length + credibility.length;
    }

    /** The rows holding these fids (fids absent from the table are ignored). */
    public java.util.BitSet rowsOf(long[] fids) {
        int n = size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(fid[a], fid[b]));
        long[] sorted = new long[n];
        for (int k = 0; k < n; k++) {
            sorted[k] = fid[order[k]];
        }
        java.util.BitSet rows = new java.util.BitSet(n);
        for (long f : fids) {
            int k = java.util.Arrays.binarySearch(sorted, f);
            if (k >= 0) {
                rows.set(order[k]);
            }
        }
        return rows;
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
