package org.sitmap.incidents;

import java.util.BitSet;

/**
 * The non-time part of a filter, compiled for one {@link IncidentTable}: per-code acceptance
 * arrays (type, reporting side, district, actor, reliability, credibility), a casualty floor,
 * the coarsest location precision accepted, and an optional precomputed row mask (free text,
 * resolved in the file off-thread). Immutable once built; arrays are never exposed.
 */
public final class FilterCriteria {

    final boolean[] typeOk;
    final boolean[] sideOk;
    final boolean[] districtOk;
    final boolean[] actorOk;
    final boolean[] reliabilityOk;
    final boolean[] credibilityOk;
    final int minCasualties;
    final int maxPrecisionCode;
    final BitSet rowMask;
    /** Whether every row passes (no criterion restricts anything): the time window alone decides. */
    final boolean acceptsAll;

    public FilterCriteria(boolean[] typeOk, boolean[] sideOk, boolean[] districtOk, boolean[] actorOk,
                          boolean[] reliabilityOk, boolean[] credibilityOk, int minCasualties, int maxPrecisionCode,
                          BitSet rowMask) {
        this.typeOk = typeOk.clone();
        this.sideOk = sideOk.clone();
        this.districtOk = districtOk.clone();
        this.actorOk = actorOk.clone();
        this.reliabilityOk = reliabilityOk.clone();
        this.credibilityOk = credibilityOk.clone();
        this.minCasualties = minCasualties;
        this.maxPrecisionCode = maxPrecisionCode;
        this.rowMask = rowMask == null ? null : (BitSet) rowMask.clone();
        this.acceptsAll = allTrue(typeOk) && allTrue(sideOk) && allTrue(districtOk) && allTrue(actorOk)
                && allTrue(reliabilityOk) && allTrue(credibilityOk) && minCasualties <= 0 && maxPrecisionCode == 0
                && rowMask == null;
    }

    private static boolean allTrue(boolean[] b) {
        for (boolean v : b) {
            if (!v) {
                return false;
            }
        }
        return true;
    }

    /** Accepts everything in the table. */
    public static FilterCriteria all(IncidentTable t) {
        return new FilterCriteria(fill(org.sitmap.core.IncidentType.values().length), fill(t.sides().size()),
                fill(t.districts().size()), fill(t.actors().size()), fill(7), fill(7), 0, 0, null);
    }

    static boolean[] fill(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    /** Whether row {@code i} passes every non-time criterion. */
    public boolean accepts(IncidentTable t, int i) {
        return typeOk[t.typeOrdinal(i)]
                && sideOk[t.sideCode(i)]
                && districtOk[t.districtCode(i)]
                && actorOk[t.actorCode(i)]
                && reliabilityOk[reliabilityIndex(t.reliability(i))]
                && credibilityOk[t.credibility(i)]
                && t.casualties(i) >= minCasualties
                && (maxPrecisionCode == 0 || t.locationPrecisionCode(i) <= maxPrecisionCode)
                && (rowMask == null || rowMask.get(i));
    }

    /** 0 for ungraded, 1..6 for A..F. */
    static int reliabilityIndex(char c) {
        return c >= 'A' && c <= 'F' ? c - 'A' + 1 : 0;
    }
}
