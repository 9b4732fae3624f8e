package org.sitmap.districts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.sitmap.core.ReportZone;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;
import org.junit.jupiter.api.Test;

class AnalysisWindowsTest {

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void aWindowThatEndsBeforeThePivotHasAnEmptyAfterWindowThatSaysSo() {
        TimeWindow w = new TimeWindow(ms("2025-04-22T09:00:00Z"), ms("2025-05-06T19:35:00Z"));
        AnalysisWindows a = AnalysisWindows.of(ViewState.initial(w), ms("2025-05-10T11:30:00Z"));
        assertEquals(w, a.before());
        assertEquals(0, a.after().durationMs());
        String text = a.describe(a.after());
        assertTrue(text.startsWith("none: the time window does not cross the pivot"), text);
        assertTrue(text.contains("7 May 2025 01:05 IST"), text);
    }

    @Test
    void aWindowAcrossThePivotIsSplitThereAndDescribedWithItsLength() {
        TimeWindow w = new TimeWindow(ms("2025-05-01T00:00:00Z"), ms("2025-05-20T00:00:00Z"));
        AnalysisWindows a = AnalysisWindows.of(ViewState.initial(w), ms("2025-05-10T11:30:00Z"));
        assertEquals(ms("2025-05-10T11:30:00Z"), a.before().endMs());
        assertEquals(a.before().endMs(), a.after().startMs());
        assertEquals(ReportZone.IST, a.zone());
        assertEquals("10 May 2025 17:00 – 20 May 2025 05:30 IST (9.5 days)", a.describe(a.after()));
    }
}
