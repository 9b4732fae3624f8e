package org.sitmap.io.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitmap.io.incidents.Collected.assertIssue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;
import org.sitmap.io.incidents.RowIssue.Severity;

class AcledCsvReaderTest {
    static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,"
            + "fatalities\n";
    static final String SHELLING = "Political violence,Explosions/Remote violence,Shelling/artillery/missile attack";

    @TempDir
    Path dir;

    static String row(String id, String date, String precision, String country, String lat, String lon,
            String notes, String fatalities) {
        return id + "," + date + ",2025," + precision + "," + SHELLING + ",Military Forces of Pakistan (2018-),"
                + country + ",Jammu and Kashmir,Poonch,Mendhar," + lat + "," + lon + ",1,Times of India," + notes + ","
                + fatalities + "\n";
    }

    private Collected read(String body) throws ImportException {
        return Collected.read(new AcledCsvReader(), Collected.write(dir, "acled.csv", HEADER + body));
    }

    @Test
    void bothDateFormsGiveTheSameLocalDayInTheCountrysZone() throws ImportException {
        Collected c = read(row("IND1", "2025-05-07", "1", "India", "33.7", "74.1", "x", "0")
                + row("IND2", "07 May 2025", "1", "India", "33.7", "74.1", "x", "0")
                + row("IND3", "7 May 2025", "1", "India", "33.7", "74.1", "x", "0")
                + row("PAK4", "7 May 2025", "1", "Pakistan", "33.7", "74.1", "x", "0")
                + row("AFG5", "2025-05-07", "", "Afghanistan", "33.7", "70.1", "x", "0"));
        assertEquals(List.of(), c.issues);
        for (String id : List.of("IND1", "IND2", "IND3")) {
            Incident i = c.bySourceId(id);
            assertEquals(Instant.parse("2025-05-06T18:30:00Z"), i.startUtc(), id);
            assertEquals(Instant.parse("2025-05-07T18:29:59.999Z"), i.endUtc(), id);
            assertEquals(TimePrecision.DAY, i.timePrecision(), id);
            assertEquals(ReportZone.IST, i.reportZone(), id);
        }
        assertEquals(Instant.parse("2025-05-06T19:00:00Z"), c.bySourceId("PAK4").startUtc());
        assertEquals(ReportZone.PKT, c.bySourceId("PAK4").reportZone());
        assertEquals(Instant.parse("2025-05-07T00:00:00Z"), c.bySourceId("AFG5").startUtc());
        assertEquals(Instant.parse("2025-05-07T23:59:59.999Z"), c.bySourceId("AFG5").endUtc());
        assertEquals(ReportZone.UTC, c.bySourceId("AFG5").reportZone());
    }

    @Test
    void weekAndMonthPrecisionWidenToRanges() throws ImportException {
        Collected c = read(row("W", "2025-05-07", "2", "India", "33.7", "74.1", "x", "0")
                + row("M", "2025-02-14", "3", "Pakistan", "33.7", "74.1", "x", "0"));
        Incident week = c.bySourceId("W");
        assertEquals(TimePrecision.RANGE, week.timePrecision());
        assertEquals(Instant.parse("2025-05-03T18:30:00Z"), week.startUtc());
        assertEquals(Instant.parse("2025-05-10T18:29:59.999Z"), week.endUtc());
        Incident month = c.bySourceId("M");
        assertEquals(TimePrecision.RANGE, month.timePrecision());
        assertEquals(Instant.parse("2025-01-31T19:00:00Z"), month.startUtc());
        assertEquals(Instant.parse("2025-02-28T18:59:59.999Z"), month.endUtc());
    }

    @Test
    void mapsTheAcledColumnsToIncidentFields() throws ImportException {
        Incident i = read(row("IND77", "2025-05-07", "1", "India", "33.7712", "74.0934",
                "\"Pakistani troops fired mortar rounds, hitting houses.\"", "3")).bySourceId("IND77");
        assertEquals(IncidentType.MORTAR, i.type());
        assertEquals("Shelling/artillery/missile attack", i.subType());
        assertEquals("Military Forces of Pakistan (2018-)", i.actor());
        assertEquals("India", i.reportingSide());
        assertEquals("Jammu and Kashmir", i.admin1());
        assertEquals("Poonch", i.district());
        assertEquals("Mendhar", i.location());
        assertEquals(74.0934, i.lon());
        assertEquals(33.7712, i.lat());
        assertEquals("ACLED", i.locationPrecisionScheme());
        assertEquals(1, i.locationPrecisionCode());
        assertEquals(3, i.killedTotal());
        assertNull(i.killedCivilian());
        assertEquals("Times of India", i.sourceNames());
        assertEquals("Pakistani troops fired mortar rounds, hitting houses.", i.notes());
        assertNull(i.reliability());
    }

    @Test
    void badRowsAreReportedAndGoodRowsInTheSameFileStillComeThrough() throws ImportException {
        Collected c = read(row("IND1", "2025-05-07", "1", "India", "33.7", "74.1", "ok", "0")      // line 2
                + row("IND2", "2025-13-45", "1", "India", "33.7", "74.1", "bad date", "0")         // line 3
                + row("IND3", "2025-05-07", "1", "India", "95.5", "74.1", "bad lat", "0")          // line 4
                + row("IND4", "2025-05-07", "1", "India", "74.09", "33.77", "swapped", "0")        // line 5
                + row("IND5", "2025-05-07", "1", "India", "", "", "no point", "0")                 // line 6
                + "IND6,2025-05-07,2025,1,Political violence,Battles,Cross-border firing,A,India,J,P,L,"
                + "33.7,74.1,1,S,unknown sub-event,0\n"                                               // line 7
                + row("IND1", "2025-05-08", "1", "India", "33.7", "74.1", "duplicate", "0")        // line 8
                + row("IND8", "2025-05-07", "1", "India", "27.0", "90.0", "far away", "0")         // line 9
                + row("IND9", "2025-05-07", "1", "India", "33.7", "74.1", "negative", "-2")        // line 10
                + row("IND10", "2025-05-07", "1", "India", "33.7", "74.1", "\"two\nlines\"", "1")  // lines 11-12
                + row("IND11", "2025-05-07", "1", "India", "33.7", "74.1", "after", "0")           // line 13
                + "IND12,2025-05-07,2025,1,Demonstrations,Protests,Peaceful protest,A,India,J,P,L,"
                + "33.7,74.1,1,S,known non-violent,0\n");                                             // line 14

        assertIssue(c.onlyIssueOn(3), 3, "event_date", Severity.ERROR, "unparseable date '2025-13-45'");
        assertEquals("acled.csv:3: field 'event_date': unparseable date '2025-13-45' "
                + "(expected 2025-05-07 or 07 May 2025)", c.onlyIssueOn(3).toString());
        assertIssue(c.onlyIssueOn(4), 4, "latitude", Severity.ERROR, "95.5", "out of range");
        assertIssue(c.onlyIssueOn(5), 5, "latitude/longitude", Severity.ERROR, "probably swapped");
        assertIssue(c.onlyIssueOn(6), 6, "latitude/longitude", Severity.ERROR, "missing coordinates");
        assertIssue(c.onlyIssueOn(7), 7, "sub_event_type", Severity.WARNING, "Cross-border firing", "'other'");
        assertIssue(c.onlyIssueOn(8), 8, "event_id_cnty", Severity.WARNING,
                "duplicate source id IND1, first seen on line 2; skipped");
        assertIssue(c.onlyIssueOn(9), 9, "latitude/longitude", Severity.WARNING, "far outside the region");
        assertIssue(c.onlyIssueOn(10), 10, "fatalities", Severity.ERROR, "negative casualty count -2");
        assertEquals(8, c.issues.size(), () -> c.issues.toString());

        assertEquals(List.of("IND1", "IND6", "IND8", "IND10", "IND11", "IND12"),
                c.incidents.stream().map(Incident::sourceEventId).toList());
        assertEquals(List.of(2L, 7L, 9L, 11L, 13L, 14L), c.lines);
        assertEquals(IncidentType.OTHER, c.bySourceId("IND6").type());
        assertEquals("Cross-border firing", c.bySourceId("IND6").subType());
        assertEquals(IncidentType.OTHER, c.bySourceId("IND12").type());
        assertEquals("two\nlines", c.bySourceId("IND10").notes());
        assertEquals(Instant.parse("2025-05-06T18:30:00Z"), c.bySourceId("IND1").startUtc());
    }

    @Test
    void gradingColumnsAreChecked() throws ImportException {
        Path file = Collected.write(dir, "graded.csv", "event_id_cnty,event_date,event_type,sub_event_type,"
                + "latitude,longitude,reliability,credibility\n"
                + "A1,2025-05-07,Battles,Armed clash,33.7,74.1,B,2\n"
                + "A2,2025-05-07,Battles,Armed clash,33.7,74.1,G,2\n"
                + "A3,2025-05-07,Battles,Armed clash,33.7,74.1,C,7\n");
        Collected c = Collected.read(new AcledCsvReader(), file);
        assertIssue(c.onlyIssueOn(3), 3, "reliability", Severity.ERROR, "'G'", "A-F");
        assertIssue(c.onlyIssueOn(4), 4, "credibility", Severity.ERROR, "'7'", "1-6");
        assertEquals(1, c.incidents.size());
        assertEquals('B', c.incidents.get(0).reliability());
        assertEquals(2, c.incidents.get(0).credibility());
        assertEquals(IncidentType.SMALL_ARMS_FIRE, c.incidents.get(0).type());
    }

    @Test
    void ourTypeColumnWinsOverTheSubEventMapping() throws ImportException {
        Path file = Collected.write(dir, "typed.csv", "event_id_cnty,event_date,event_type,sub_event_type,"
                + "latitude,longitude,sitmap_type\n"
                + "A1,2025-05-07,Battles,Armed clash,33.7,74.1,infiltration\n"
                + "A2,2025-05-07,Battles,Armed clash,33.7,74.1,teleportation\n");
        Collected c = Collected.read(new AcledCsvReader(), file);
        assertEquals(IncidentType.INFILTRATION, c.bySourceId("A1").type());
        assertEquals(IncidentType.OTHER, c.bySourceId("A2").type());
        assertIssue(c.onlyIssueOn(3), 3, "sitmap_type", Severity.WARNING, "unknown type 'teleportation'");
    }

    @Test
    void aMissingRequiredColumnFailsTheWholeFileNamingIt() {
        Path file = Collected.write(dir, "nolat.csv", "event_id_cnty,event_date,event_type,sub_event_type,longitude\n"
                + "A1,2025-05-07,Battles,Armed clash,74.1\n");
        ImportException e = assertThrows(ImportException.class, () -> Collected.read(new AcledCsvReader(), file));
        assertTrue(e.getMessage().startsWith("nolat.csv:1: missing required column latitude"), e.getMessage());
    }

    @Test
    void progressEndsAtTheFileSize() throws Exception {
        Collected c = read(row("IND1", "2025-05-07", "1", "India", "33.7", "74.1", "ok", "0"));
        long size = java.nio.file.Files.size(dir.resolve("acled.csv"));
        long[] last = c.progress.get(c.progress.size() - 1);
        assertEquals(size, last[0]);
        assertEquals(size, last[1]);
    }
}
