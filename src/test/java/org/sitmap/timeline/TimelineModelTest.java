package org.sitmap.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sitmap.core.ReportZone;

class TimelineModelTest {

    private static long at(String isoLocal, ReportZone zone) {
        return LocalDateTime.parse(isoLocal).atZone(zone.zone()).toInstant().toEpochMilli();
    }

    @Test
    void dayWindowsFollowTheChosenZone() {
        LocalDate d = LocalDate.of(2025, 5, 10);
        TimeWindow ist = TimeWindow.ofDays(d, d, ReportZone.IST.zone());
        TimeWindow pkt = TimeWindow.ofDays(d, d, ReportZone.PKT.zone());
        TimeWindow utc = TimeWindow.ofDays(d, d, ReportZone.UTC.zone());
        assertEquals(Instant.parse("2025-05-09T18:30:00Z").toEpochMilli(), ist.startMs());
        assertEquals(Instant.parse("2025-05-09T19:00:00Z").toEpochMilli(), pkt.startMs());
        assertEquals(Instant.parse("2025-05-10T00:00:00Z").toEpochMilli(), utc.startMs());
        assertEquals(TimeWindow.DAY_MS, ist.durationMs());
        // 23:45 IST on the 10th is the 10th in IST but already the 11th... no: 23:45 IST = 18:15 UTC, the 10th in UTC too
        long lateIst = at("2025-05-10T23:45", ReportZone.IST);
        assertEquals(true, ist.contains(lateIst));
        // 00:15 IST on the 11th is still the 10th in UTC and in PKT (23:45 PKT)
        long earlyIst = at("2025-05-11T00:15", ReportZone.IST);
        assertEquals(false, ist.contains(earlyIst));
        assertEquals(true, pkt.contains(earlyIst));
        assertEquals(true, utc.contains(earlyIst));
    }

    @Test
    void dayBinsIndexInstantsByLocalDay() {
        TimeWindow span = new TimeWindow(at("2025-05-01T00:00", ReportZone.IST), at("2025-05-31T00:00", ReportZone.IST));
        DayBins ist = new DayBins(span, ReportZone.IST.zone());
        DayBins utc = new DayBins(span, ZoneOffset.UTC);
        long t = at("2025-05-10T03:00", ReportZone.IST); // 9 May 21:30 UTC
        assertEquals(9, ist.indexOf(t));
        assertEquals(LocalDate.of(2025, 5, 10), ist.day(ist.indexOf(t)));
        assertEquals(LocalDate.of(2025, 5, 9), utc.day(utc.indexOf(t)));
        assertEquals(30, ist.days());
        assertEquals(span.startMs(), ist.dayStartMs(0));
    }

    @Test
    void pivotSplitPutsStraddlingReportsApart() {
        long pivot = at("2025-05-10T17:00", ReportZone.IST);
        assertEquals(PivotSplit.Side.BEFORE, PivotSplit.classify(pivot - 60_000, pivot - 60_000, pivot));
        assertEquals(PivotSplit.Side.AFTER, PivotSplit.classify(pivot, pivot, pivot));
        TimeWindow day = TimeWindow.ofDays(LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 10), ReportZone.IST.zone());
        assertEquals(PivotSplit.Side.AMBIGUOUS, PivotSplit.classify(day.startMs(), day.endMs() - 1, pivot));
        TimeWindow dayBefore = TimeWindow.ofDays(LocalDate.of(2025, 5, 9), LocalDate.of(2025, 5, 9), ReportZone.IST.zone());
        assertEquals(PivotSplit.Side.BEFORE, PivotSplit.classify(dayBefore.startMs(), dayBefore.endMs() - 1, pivot));
    }

    @Test
    void presetsAreComputedFromSpanAndPivotAndClipped() {
        long pivot = at("2025-05-10T17:00", ReportZone.IST);
        TimeWindow span = new TimeWindow(at("2025-01-01T00:00", ReportZone.IST), at("2025-09-01T00:00", ReportZone.IST));
        assertEquals(new TimeWindow(span.startMs(), pivot), Preset.BEFORE.window(span, pivot));
        assertEquals(new TimeWindow(pivot, span.endMs()), Preset.AFTER.window(span, pivot));
        assertEquals(new TimeWindow(pivot - 7 * TimeWindow.DAY_MS, pivot + 7 * TimeWindow.DAY_MS),
                Preset.PLUS_MINUS_7.window(span, pivot));
        assertEquals(new TimeWindow(pivot - 30 * TimeWindow.DAY_MS, pivot + 30 * TimeWindow.DAY_MS),
                Preset.PLUS_MINUS_30.window(span, pivot));
        assertEquals(span, Preset.ALL.window(span, pivot));
        TimeWindow shortSpan = new TimeWindow(pivot - 3 * TimeWindow.DAY_MS, pivot + 2 * TimeWindow.DAY_MS);
        assertEquals(shortSpan, Preset.PLUS_MINUS_7.window(shortSpan, pivot), "clipped to the span");
    }

    @Test
    void playbackMovesOrGrowsAndLoopsOrStops() {
        TimeWindow span = new TimeWindow(0, 10 * TimeWindow.DAY_MS);
        Playback moving = new Playback(Playback.Mode.MOVING, 3, 1, false);
        TimeWindow w = moving.first(span);
        assertEquals(new TimeWindow(0, 3 * TimeWindow.DAY_MS), w);
        w = moving.next(w, span, 1);
        assertEquals(new TimeWindow(TimeWindow.DAY_MS, 4 * TimeWindow.DAY_MS), w);
        Playback cumulative = new Playback(Playback.Mode.CUMULATIVE, 3, 1, false);
        assertEquals(new TimeWindow(0, 5 * TimeWindow.DAY_MS), cumulative.next(new TimeWindow(0, 4 * TimeWindow.DAY_MS), span, 1));
        TimeWindow last = new TimeWindow(7 * TimeWindow.DAY_MS, span.endMs());
        assertNull(moving.next(last, span, 1), "stops at the end without loop");
        assertEquals(moving.first(span), new Playback(Playback.Mode.MOVING, 3, 1, true).next(last, span, 1));
    }

    @Test
    void windowsRejectNegativeLengthAndClampInsideBounds() {
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(10, 5));
        TimeWindow bounds = new TimeWindow(0, 100);
        assertEquals(new TimeWindow(80, 100), new TimeWindow(90, 110).clampedTo(bounds));
        assertEquals(new TimeWindow(0, 20), new TimeWindow(-5, 15).clampedTo(bounds));
        assertEquals(bounds, new TimeWindow(-50, 150).clampedTo(bounds));
    }
}
