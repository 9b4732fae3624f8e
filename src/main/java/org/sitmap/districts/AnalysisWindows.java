package org.sitmap.districts;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sitmap.core.ReportZone;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;

/**
 * The before and after windows the district table compares, and the rule for an incident: it
 * counts in the window that contains its start; when the windows are adjacent (before ends where
 * after starts — a pivot), an incident whose reported span straddles that instant is ambiguous and
 * counts in neither (a report dated only "10 May" cannot be put on either side of 17:00). From the
 * timeline: in compare mode the two maps' windows, the earlier-starting one as "before"; otherwise
 * the main window split at the pivot. The CLI gives both windows explicitly; the same windows give
 * the same counts. Immutable value.
 */
public record AnalysisWindows(TimeWindow before, TimeWindow after, ReportZone zone) {

    /** The windows of a view state; {@code pivotMs} is the chosen reference date. */
    public static AnalysisWindows of(ViewState s, long pivotMs) {
        ReportZone zone = s.dayZone();
        if (s.compare()) {
            TimeWindow a = s.window();
            TimeWindow b = s.compareWindow();
            return b.startMs() < a.startMs() ? new AnalysisWindows(b, a, zone) : new AnalysisWindows(a, b, zone);
        }
        TimeWindow w = s.window();
        long p = Math.max(w.startMs(), Math.min(w.endMs(), pivotMs));
        return new AnalysisWindows(new TimeWindow(w.startMs(), p), new TimeWindow(p, w.endMs()), zone);
    }

    /** Whether the windows meet at one instant (then straddling incidents are ambiguous). */
    public boolean adjacent() {
        return before.endMs() == after.startMs();
    }

    public double beforeDays() {
        return before.durationMs() / (double) TimeWindow.DAY_MS;
    }

    public double afterDays() {
        return after.durationMs() / (double) TimeWindow.DAY_MS;
    }

    /**
     * "10 Apr 2025 00:00 – 10 May 2025 17:00 IST (30.7 days)"; an empty window (the time window
     * does not cross the pivot) says so: "none: the time window does not cross the pivot (7 May 2025 01:05 IST)".
     */
    public String describe(TimeWindow w) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
        String start = f.format(ZonedDateTime.ofInstant(Instant.ofEpochMilli(w.startMs()), zone.zone()));
        if (w.endMs() == w.startMs()) {
            return "none: the time window does not cross the pivot (" + start + " " + zone.name() + ")";
        }
        String end = f.format(ZonedDateTime.ofInstant(Instant.ofEpochMilli(w.endMs()), zone.zone()));
        return start + " – " + end + " " + zone.name()
                + String.format(Locale.ROOT, " (%.1f days)", w.durationMs() / (double) TimeWindow.DAY_MS);
    }
}
