package org.sitmap.io.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class GeoJsonReaderTest {

    @TempDir
    Path dir;

    /** One feature on one line; {@code extra} is appended to the properties. */
    static String feature(String geometry, String id, String start, String extra) {
        return "{\"type\": \"Feature\", \"geometry\": " + geometry + ", \"properties\": {\"source_event_id\": \"" + id
                + "\", \"start_utc\": \"" + start + "\", \"type\": \"artillery_shelling\"" + extra + "}}";
    }

    static String point(double lon, double lat) {
        return "{\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat + "]}";
    }

    @Test
    void badFeaturesAreReportedAndGoodOnesStillComeThrough() throws ImportException {
        String ok = point(74.1, 33.7);
        String t = "2025-05-07T04:30:00Z";
        String json = "{\"type\": \"FeatureCollection\", \"features\": [\n"
                + feature(ok, "G1", t, ", \"killed_total\": 1, \"reliability\": \"B\", \"credibility\": 2") + ",\n"
                + feature(ok, "G2", "2025-05-07 04:30", "") + ",\n"                          // line 3
                + feature(point(33.77, 74.09), "G3", t, "") + ",\n"                            // line 4
                + feature("null", "G4", t, "") + ",\n"                                         // line 5
                + feature(ok, "G5", t, "").replace("artillery_shelling", "kamikaze") + ",\n"   // line 6
                + feature(ok, "G1", t, "") + ",\n"                                             // line 7
                + feature(ok, "G7", t, ", \"killed_civilian\": -1") + ",\n"                    // line 8
                + feature(ok, "G8", t, ", \"reliability\": \"Z\"") + ",\n"                     // line 9
                + feature(ok, "G9", t, ", \"credibility\": 0") + ",\n"                         // line 10
                + feature(point(200, 33), "G10", t, "") + ",\n"                                // line 11
                + feature("{\"type\": \"LineString\", \"coordinates\": [[74, 33], [75, 34]]}", "G11", t, "")
                + ",\n"                                                                         // line 12
                + feature(ok, "G12", t, ", \"end_utc\": \"2025-05-09T04:30:00+05:30\", \"report_zone\": \"IST\"")
                + "\n]}\n";                                                                     // line 13
        Collected c = Collected.read(new GeoJsonReader(), Collected.write(dir, "events.geojson", json));

        assertIssue(c.onlyIssueOn(3), 3, "start_utc", Severity.ERROR, "unparseable date '2025-05-07 04:30'");
        assertIssue(c.onlyIssueOn(4), 4, "geometry", Severity.ERROR, "probably swapped");
        assertIssue(c.onlyIssueOn(5), 5, "geometry", Severity.ERROR, "missing coordinates");
        assertIssue(c.onlyIssueOn(6), 6, "type", Severity.WARNING, "unknown type 'kamikaze'", "'other'");
        assertIssue(c.onlyIssueOn(7), 7, "source_event_id", Severity.WARNING,
                "duplicate source id G1, first seen on line 2; skipped");
        assertIssue(c.onlyIssueOn(8), 8, "killed_civilian", Severity.ERROR, "negative casualty count -1");
        assertIssue(c.onlyIssueOn(9), 9, "reliability", Severity.ERROR, "'Z'");
        assertIssue(c.onlyIssueOn(10), 10, "credibility", Severity.ERROR, "'0'");
        assertIssue(c.onlyIssueOn(11), 11, "geometry", Severity.ERROR, "longitude 200.0 out of range");
        assertIssue(c.onlyIssueOn(12), 12, "geometry", Severity.ERROR, "'LineString' is not a Point");
        assertEquals(10, c.issues.size(), () -> c.issues.toString());

        assertEquals(List.of("G1", "G5", "G12"), c.incidents.stream().map(Incident::sourceEventId).toList());
        assertEquals(List.of(2L, 6L, 13L), c.lines);
        Incident g1 = c.bySourceId("G1");
        assertEquals(Instant.parse(t), g1.startUtc());
        assertEquals(Instant.parse(t), g1.endUtc());
        assertEquals(TimePrecision.EXACT, g1.timePrecision());
        assertEquals(ReportZone.UTC, g1.reportZone());
        assertEquals(IncidentType.ARTILLERY_SHELLING, g1.type());
        assertEquals(1, g1.killedTotal());
        assertEquals('B', g1.reliability());
        assertEquals(2, g1.credibility());
        assertEquals(IncidentType.OTHER, c.bySourceId("G5").type());
        Incident g12 = c.bySourceId("G12");
        assertEquals(Instant.parse("2025-05-08T23:00:00Z"), g12.endUtc());
        assertEquals(TimePrecision.RANGE, g12.timePrecision(), "derived from a window over a day long");
        assertEquals(ReportZone.IST, g12.reportZone());
    }

    @Test
    void malformedJsonFailsTheFileWithItsLine() {
        Path file = Collected.write(dir, "broken.geojson", "{\"type\": \"FeatureCollection\", \"features\": [\n"
                + feature(point(74.1, 33.7), "G1", "2025-05-07T04:30:00Z", "") + ",\n"
                + "{\"type\": \"Feature\", \"properties\": {\"source_event_id\": \"G2\",, }}\n]}");
        ImportException e = assertThrows(ImportException.class, () -> Collected.read(new GeoJsonReader(), file));
        assertTrue(e.getMessage().startsWith("broken.geojson:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    }

    @Test
    void aSingleFeatureIsNotACollection() {
        Path file = Collected.write(dir, "one.json", feature(point(74.1, 33.7), "G1", "2025-05-07T04:30:00Z", ""));
        ImportException e = assertThrows(ImportException.class, () -> Collected.read(new GeoJsonReader(), file));
        assertTrue(e.getMessage().contains("one.json: GeoJSON type is 'Feature'"), e.getMessage());
    }
}
