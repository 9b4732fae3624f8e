package org.sitmap.timeline;

/**
 * How playback advances the window: a moving window of N days, or a cumulative one growing from
 * the span's start; by a step of days per tick; looping back to the start or stopping at the end.
 * Immutable; {@link #next} is a pure function of the current window.
 */
public record Playback(Mode mode, int windowDays, double daysPerSecond, boolean loop) {

    public enum Mode { MOVING, CUMULATIVE }

    public static Playback defaults() {
        return new Playback(Mode.MOVING, 7, 2, false);
    }

    /** The window after advancing by {@code stepDays}; null when playback should stop. */
    public TimeWindow next(TimeWindow current, TimeWindow span, int stepDays) {
        long step = stepDays * TimeWindow.DAY_MS;
        if (current.endMs() >= span.endMs()) {
            if (!loop) {
                return null;
            }
            return first(span);
        }
        long end = Math.min(span.endMs(), current.endMs() + step);
        long start = mode == Mode.CUMULATIVE ? span.startMs() : Math.max(span.startMs(), end - windowDays * TimeWindow.DAY_MS);
        return new TimeWindow(start, end);
    }

    /** Where playback starts: the first N days (moving) or the first day (cumulative). */
    public TimeWindow first(TimeWindow span) {
        long days = mode == Mode.CUMULATIVE ? 1 : windowDays;
        return new TimeWindow(span.startMs(), Math.min(span.endMs(), span.startMs() + days * TimeWindow.DAY_MS));
    }
}
