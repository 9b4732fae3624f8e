package org.sitmap.timeline;

/**
 * The one-click windows: before the pivot, after it, ±7 days, ±30 days, and everything. Each is
 * computed from the open file's span and the pivot, and clipped to the span. Stateless enum.
 */
public enum Preset {
    BEFORE("Before ceasefire"),
    AFTER("After ceasefire"),
    PLUS_MINUS_7("±7 days"),
    PLUS_MINUS_30("±30 days"),
    ALL("All");

    private final String label;

    Preset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public TimeWindow window(TimeWindow span, long pivotMs) {
        return switch (this) {
            case BEFORE -> new TimeWindow(span.startMs(), Math.max(span.startMs(), Math.min(pivotMs, span.endMs())));
            case AFTER -> new TimeWindow(Math.min(span.endMs(), Math.max(pivotMs, span.startMs())), span.endMs());
            case PLUS_MINUS_7 -> around(span, pivotMs, 7);
            case PLUS_MINUS_30 -> around(span, pivotMs, 30);
            case ALL -> span;
        };
    }

    private static TimeWindow around(TimeWindow span, long pivotMs, int days) {
        long start = Math.max(span.startMs(), pivotMs - days * TimeWindow.DAY_MS);
        long end = Math.min(span.endMs(), pivotMs + days * TimeWindow.DAY_MS);
        return end >= start ? new TimeWindow(start, end) : new TimeWindow(start, start);
    }
}
