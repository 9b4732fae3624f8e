package org.sitmap.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.testsupport.SampleIncidents;

/** The form's rules, with the clock and the region pinned. */
class IncidentValidationTest {

    private static final Instant NOW = Instant.parse("2025-05-12T06:00:00Z");
    private static final Envelope REGION = new Envelope(66.0, 82.0, 23.0, 38.5);

    /** "Shelling in Mendhar sector, Poonch district, 02:30 IST, two injured, per police." */
    private static IncidentDraft report() {
        IncidentDraft d = new IncidentDraft();
        d.start = "2025-05-09 02:30";
        d.zone = ReportZone.IST;
        d.type = IncidentType.ARTILLERY_SHELLING;
        d.lat = "33.606";
        d.lon = "74.146";
        d.district = "Poonch";
        d.location = "Mendhar";
        d.injuredTotal = "2";
        d.sources = List.of(new IncidentDraft.Source("J&K Police", "https://example.invalid/police"));
        return d;
    }

    private static IncidentValidation.Result check(IncidentDraft d) {
        return IncidentValidation.check(d, NOW, REGION);
    }

    @Test
    void theReportInHandIsValidAndItsIstTimeBecomesUtc() {
        IncidentValidation.Result r = check(report());
        assertTrue(r.valid(), r.messages().toString());
        Incident i = r.incident();
        assertEquals(Instant.parse("2025-05-08T21:00:00Z"), i.startUtc(), "02:30 IST is 21:00 UTC the day before");
        assertEquals(i.startUtc(), i.endUtc());
        assertEquals(2, i.injuredTotal());
        assertEquals("J&K Police", i.sourceNames());
        assertEquals("https://example.invalid/police", i.sourceUrls());
    }

    @Test
    void theSameWallClockInPktIsHalfAnHourLater() {
        IncidentDraft d = report();
        d.zone = ReportZone.PKT;
        assertEquals(Instant.parse("2025-05-08T21:30:00Z"), check(d).incident().startUtc());
    }

    @Test
    void futureStartAndEndAreRefused() {
        IncidentDraft d = report();
        d.start = "2025-05-12 12:00";
        IncidentValidation.Result r = check(d);
        assertFalse(r.valid());
        assertTrue(r.messages().get(FormField.START).contains("future"), r.messages().toString());
        assertNull(r.incident());
        d = report();
        d.end = "2025-05-13 00:00";
        assertTrue(check(d).messages().get(FormField.END).contains("future"));
    }

    @Test
    void endBeforeStartIsRefused() {
        IncidentDraft d = report();
        d.end = "2025-05-09 01:00";
        assertEquals("End is before the start.", check(d).messages().get(FormField.END));
    }

    @Test
    void unreadableTimeSaysWhatItShouldLookLike() {
        IncidentDraft d = report();
        d.start = "9 May 2.30";
        assertTrue(check(d).messages().get(FormField.START).contains("2025-05-10 02:30"));
        d.start = "";
        assertTrue(check(d).messages().get(FormField.START).contains("required"));
    }

    @Test
    void positionOutsideTheRegionNeedsAConfirmation() {
        IncidentDraft d = report();
        d.lon = "85.0";
        assertTrue(check(d).messages().get(FormField.POSITION).contains("Outside the map region"));
        d.positionConfirmed = true;
        assertTrue(check(d).valid());
        d.lat = "95";
        assertTrue(check(d).messages().get(FormField.POSITION).contains("±90"));
        d.lat = "abc";
        assertTrue(check(d).messages().get(FormField.POSITION).contains("required"));
    }

    @Test
    void casualtiesMustBeWholeNonNegativeAndSplitsWithinTheTotal() {
        IncidentDraft d = report();
        d.killedTotal = "-1";
        assertEquals("Killed (total) cannot be negative.", check(d).messages().get(FormField.KILLED));
        d.killedTotal = "2.5";
        assertEquals("Killed (total) must be a whole number.", check(d).messages().get(FormField.KILLED));
        d = report();
        d.injuredCivilian = "2";
        d.injuredSecurity = "1";
        assertTrue(check(d).messages().get(FormField.INJURED).contains("more than the total (2)"));
        d.injuredSecurity = "0";
        assertTrue(check(d).valid());
    }

    @Test
    void atLeastOneSourceAndUrlsMustBeWebAddresses() {
        IncidentDraft d = report();
        d.sources = List.of(new IncidentDraft.Source(" ", ""));
        assertTrue(check(d).messages().get(FormField.SOURCES).contains("At least one source"));
        d.sources = List.of(new IncidentDraft.Source("Police", "www.example"));
        assertTrue(check(d).messages().get(FormField.SOURCES).contains("not a web address"));
        d.sources = List.of(new IncidentDraft.Source("Police", ""), new IncidentDraft.Source("ISPR", "https://x.invalid/a"));
        Incident i = check(d).incident();
        assertEquals("Police | ISPR", i.sourceNames());
        assertEquals("https://x.invalid/a", i.sourceUrls());
    }

    @Test
    void admiraltyGradingStaysWithinAToFAndOneToSix() {
        IncidentDraft d = report();
        d.reliability = 'G';
        assertTrue(check(d).messages().get(FormField.GRADING).contains("A (reliable) to F"));
        d.reliability = 'C';
        d.credibility = 7;
        assertTrue(check(d).messages().get(FormField.GRADING).contains("1 (confirmed) to 6"));
        d.credibility = 3;
        Incident i = check(d).incident();
        assertEquals('C', i.reliability());
        assertEquals(3, i.credibility());
    }

    @Test
    void aTypeIsRequired() {
        IncidentDraft d = report();
        d.type = null;
        assertEquals("Choose a type.", check(d).messages().get(FormField.TYPE));
    }

    @Test
    void aStoredRecordRoundTripsThroughTheFormUnchanged() {
        Incident stored = SampleIncidents.mendharShelling().withId(7);
        IncidentValidation.Result r = check(IncidentDraft.of(stored));
        assertTrue(r.valid(), r.messages().toString());
        assertEquals(stored, r.incident());
    }
}
