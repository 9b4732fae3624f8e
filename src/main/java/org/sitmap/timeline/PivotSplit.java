package org.sitmap.timeline;

/**
 * Which side of the pivot an incident falls on, given its reported time span: before when it
 * ended before the pivot, after when it started at or after it, and ambiguous when its span
 * straddles the pivot (a report dated only "10 May" cannot be put on either side of 17:00).
 * Stateless.
 */
public final class PivotSplit {

    public enum Side { BEFORE, AFTER, AMBIGUOUS }

    private PivotSplit() {
    }

    public static Side classify(long startMs, long endMs, long pivotMs) {
        if (startMs >= pivotMs) {
            return Side.AFTER;
        }
        return endMs < pivotMs ? Side.BEFORE : Side.AMBIGUOUS;
    }
}
