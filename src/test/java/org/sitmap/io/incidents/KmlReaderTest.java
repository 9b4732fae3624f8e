package org.sitmap.io.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitmap.io.incidents.Collected.assertIssue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;
import org.sitmap.io.incidents.RowIssue.Severity;
import org.sitmap.testsupport.TestPaths;

class KmlReaderTest {
    static final Path KML = TestPaths.fixtures().resolve("kml");

    @TempDir
    Path dir;

    private static Incident named(Collected c, String name) {
        return c.incidents.stream().filter(i -> name.equals(i.location())).findFirst()
                .orElseThrow(() -> new AssertionError("no placemark " + name));
    }

    private static Incident at(Collected c, double lon) {
        return c.incidents.stream().filter(i -> i.lon() == lon).findFirst()
                .orElseThrow(() -> new AssertionError("no placemark at lon " + lon));
    }

    private static void assertWindow(Incident i, String start, String end, TimePrecision precision) {
        assertEquals(Instant.parse(start), i.startUtc(), i.location());
        assertEquals(Instant.parse(end), i.endUtc(), i.location());
        assertEquals(precision, i.timePrecision(), i.location());
    }

    /** The 1-based line of the {@code <Placemark>} tag before the one naming {@code name}. */
    private static long placemarkLine(List<String> text, String name) {
        int nameLine = 0;
        while (!text.get(nameLine).contains("<name>" + name + "</name>")) {
            nameLine++;
        }
        int tag = nameLine;
        while (!text.get(tag).contains("<Placemark>")) {
            tag--;
        }
        return tag + 1;
    }

    @Test
    void everyKmlDateTimeFormGetsItsWindowAndPrecision() throws Exception {
        Path file = KML.resolve("giscore_timestamps.kml");
        String text = Files.readString(file);
        for (String when : List.of("<when>2009</when>", "<when>2009-02</when>", "<when>2009-03-01</when>",
                "<when>2009-04-01T01:06:30Z</when>", "<when>2009-04-03T06:10:46+03:00</when>",
                "<when>2009-04-04T00:10:50-04:00</when>", "<when>2009-04-05T05:10:50</when>")) {
            assertTrue(text.contains(when), "fixture holds " + when);
        }
        Collected c = Collected.read(new KmlReader(), file);
        assertEquals(11, c.incidents.size());
        assertWindow(named(c, "when 2009"), "2009-01-01T00:00:00Z", "2009-12-31T23:59:59.999Z", TimePrecision.RANGE);
        assertWindow(named(c, "span 2009"), "2009-01-01T00:00:00Z", "2009-12-31T23:59:59.999Z", TimePrecision.RANGE);
        assertWindow(named(c, "when 2009-02"), "2009-02-01T00:00:00Z", "2009-02-28T23:59:59.999Z",
                TimePrecision.RANGE);
        assertWindow(named(c, "when 2009-03-01"), "2009-03-01T00:00:00Z", "2009-03-01T23:59:59.999Z",
                TimePrecision.DAY);
        assertWindow(named(c, "span 2009-03-01"), "2009-03-01T00:00:00Z", "2009-03-01T23:59:59.999Z",
                TimePrecision.DAY);
        assertWindow(named(c, "when 2009-04-01T01:06:30Z"), "2009-04-01T01:06:30Z", "2009-04-01T01:06:30Z",
                TimePrecision.EXACT);
        assertWindow(named(c, "span 2009-04-02T02:06Z"), "2009-04-02T02:06:00Z", "2009-04-02T02:06:59Z",
                TimePrecision.EXACT);
        assertWindow(named(c, "when 2009-04-03T06:10:46+03:00"), "2009-04-03T03:10:46Z", "2009-04-03T03:10:46Z",
                TimePrecision.EXACT);
        assertWindow(named(c, "when 2009-04-04T00:10:50-04:00"), "2009-04-04T04:10:50Z", "2009-04-04T04:10:50Z",
                TimePrecision.EXACT);
        assertWindow(named(c, "when 2009-04-05T05:10:50 (no Z)"), "2009-04-05T05:10:50Z", "2009-04-05T05:10:50Z",
                TimePrecision.EXACT);
        assertEquals("point 9", named(c, "when 2009-04-03T06:10:46+03:00").notes());
        assertEquals(IncidentType.OTHER, named(c, "when 2009").type());
        assertEquals(ReportZone.UTC, named(c, "when 2009-04-03T06:10:46+03:00").reportZone());

        List<String> lines = Files.readAllLines(file);
        long noZone = placemarkLine(lines, "when 2009-04-05T05:10:50 (no Z)");
        assertEquals(noZone, c.lines.get(c.incidents.indexOf(named(c, "when 2009-04-05T05:10:50 (no Z)"))));
        assertEquals(placemarkLine(lines, "when 2009"), c.lines.get(0));
        RowIssue zoneless = c.issues.stream().filter(i -> i.reason().contains("no time zone")).findFirst()
                .orElseThrow();
        assertIssue(zoneless, noZone, "when", Severity.WARNING, "'2009-04-05T05:10:50'", "read as UTC");
        assertEquals(11, c.warnings().stream().filter(w -> w.reason().contains("far outside")).count(),
                "the fixture's points are in California");
        assertEquals(List.of(), c.errors());
    }

    @Test
    void placemarksInheritTheirFoldersTimeUnlessTheyHaveTheirOwn() throws Exception {
        Collected c = Collected.read(new KmlReader(), KML.resolve("giscore_time-inherit2.kml"));
        assertEquals(13, c.incidents.size());
        assertEquals(List.of(), c.errors());
        Incident first = at(c, -122.536226);
        assertWindow(first, "2007-01-14T21:05:02Z", "2007-01-14T21:05:02Z", TimePrecision.EXACT);
        for (double lon : new double[] {-122.536422, -122.536688, -122.536923}) {
            assertWindow(at(c, lon), "2007-01-14T21:05:20Z", "2007-01-14T21:06:04Z", TimePrecision.EXACT);
        }
        assertWindow(at(c, -122.537116), "2007-01-14T21:06:24Z", "2007-01-14T21:07:07Z", TimePrecision.EXACT);
        assertWindow(at(c, -122.538044), "2007-01-14T21:07:27Z", "2007-01-14T21:08:11Z", TimePrecision.EXACT);
        assertWindow(at(c, -122.538307), "2007-01-14T21:08:11Z", "2007-01-14T21:08:11Z", TimePrecision.EXACT);
        assertWindow(at(c, -122.538601), "2007-01-14T21:09:33Z", "2007-01-14T21:09:33Z", TimePrecision.EXACT);
        assertWindow(at(c, -122.53887), "2007-01-14T21:08:11Z", "2007-01-14T21:09:33Z", TimePrecision.HOUR);
        assertNull(first.location());
    }

    @Test
    void datesAndSpansOfDatesAreDays() throws Exception {
        Collected c = Collected.read(new KmlReader(), KML.resolve("giscore_dates.kml"));
        assertEquals(4, c.incidents.size());
        assertWindow(named(c, "when 2007-03-13"), "2007-03-13T00:00:00Z", "2007-03-13T23:59:59.999Z",
                TimePrecision.DAY);
        assertWindow(named(c, "span 2007-03-14"), "2007-03-14T00:00:00Z", "2007-03-14T23:59:59.999Z",
                TimePrecision.DAY);
        assertWindow(named(c, "span 2007-03-16T12:00-16:00Z"), "2007-03-16T12:00:00Z", "2007-03-16T16:00:00Z",
                TimePrecision.DAY);
    }

    @Test
    void groundOverlaysAreNotIncidents() throws Exception {
        Collected c = Collected.read(new KmlReader(), KML.resolve("giscore_time-span-overlay.kml"));
        assertEquals(List.of(), c.incidents);
        assertEquals(List.of(), c.issues);
    }

    @Test
    void externalEntitiesAreRefusedAndNeverExpanded() throws Exception {
        Path secret = Collected.write(dir, "secret.txt", "TOP-SECRET-MARKER");
        Path file = Collected.write(dir, "xxe.kml", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE kml [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>&xxe;</name>"
                + "<TimeStamp><when>2025-05-07</when></TimeStamp><Point><coordinates>74.1,33.7</coordinates></Point>"
                + "</Placemark></Document></kml>\n");
        List<Incident> seen = new java.util.ArrayList<>();
        List<RowIssue> issues = new java.util.ArrayList<>();
        ImportException e = assertThrows(ImportException.class,
                () -> new KmlReader().read(file, (line, i) -> seen.add(i), issues::add, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("xxe.kml:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE declarations are not allowed"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET-MARKER"));
        assertEquals(List.of(), seen);
        assertEquals(List.of(), issues);
    }

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n"
            + "<Document>\n";

    static String placemark(String name, String time, String geometry, String extended) {
        return "<Placemark><name>" + name + "</name>" + time + extended + geometry + "</Placemark>\n";
    }

    static final String WHEN = "<TimeStamp><when>2025-05-07T04:30:00+05:30</when></TimeStamp>";
    static final String POINT = "<Point><coordinates>74.1,33.7,0</coordinates></Point>";

    @Test
    void badPlacemarksAreReportedAndGoodOnesStillComeThrough() throws Exception {
        Path file = Collected.write(dir, "strikes.kml", HEAD
                + placemark("Uri", WHEN, POINT, "")                                                       // line 4
                + placemark("no time", "", POINT, "")                                                     // line 5
                + placemark("bad time", "<TimeStamp><when>2025-13</when></TimeStamp>", POINT, "")         // line 6
                + placemark("a line", WHEN, "<LineString><coordinates>74,33 75,34</coordinates></LineString>", "")
                + placemark("graded", WHEN, POINT, "<ExtendedData><Data name=\"type\"><value>sniping</value></Data>"
                        + "<Data name=\"reliability\"><value>C</value></Data>"
                        + "<Data name=\"killed_total\"><value>2</value></Data></ExtendedData>")          // line 8
                + placemark("no point", WHEN, "", "")                                                     // line 9
                + "</Document>\n</kml>\n");
        Collected c = Collected.read(new KmlReader(), file);
        assertIssue(c.onlyIssueOn(5), 5, "when", Severity.ERROR, "missing date");
        assertIssue(c.onlyIssueOn(6), 6, "when", Severity.ERROR, "unparseable date '2025-13'");
        assertIssue(c.onlyIssueOn(7), 7, "geometry", Severity.ERROR, "<LineString> is not a Point");
        assertIssue(c.onlyIssueOn(9), 9, "coordinates", Severity.ERROR, "missing coordinates");
        assertEquals(4, c.issues.size(), () -> c.issues.toString());
        assertEquals(List.of(4L, 8L), c.lines);
        Incident uri = named(c, "Uri");
        assertWindow(uri, "2025-05-06T23:00:00Z", "2025-05-06T23:00:00Z", TimePrecision.EXACT);
        assertEquals(ReportZone.IST, uri.reportZone());
        Incident graded = named(c, "graded");
        assertEquals(IncidentType.SNIPING, graded.type());
        assertEquals('C', graded.reliability());
        assertEquals(2, graded.killedTotal());
    }

    @Test
    void readsTheDocKmlInsideAKmz() throws Exception {
        Path kmz = dir.resolve("strikes.kmz");
        try (OutputStream out = Files.newOutputStream(kmz); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("files/readme.txt"));
            zip.write("not kml".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("doc.kml"));
            zip.write((HEAD + placemark("Kupwara", WHEN, POINT, "") + "</Document></kml>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Collected c = Collected.read(new KmlReader(), kmz);
        assertEquals(1, c.incidents.size());
        assertEquals("Kupwara", c.incidents.get(0).location());
        assertEquals(ImportFormat.KML, ImportFormat.detect(kmz));
    }

    @Test
    void aKmzWithoutKmlOrAZipThatIsNotOneFailsClearly() throws IOException {
        Path notZip = Collected.write(dir, "fake.kmz", "plain text");
        ImportException e = assertThrows(ImportException.class, () -> Collected.read(new KmlReader(), notZip));
        assertTrue(e.getMessage().startsWith("fake.kmz: not a valid KMZ"), e.getMessage());
        Path malformed = Collected.write(dir, "broken.kml", HEAD + "<Placemark><name>x</nam></Placemark>");
        ImportException m = assertThrows(ImportException.class, () -> Collected.read(new KmlReader(), malformed));
        assertTrue(m.getMessage().startsWith("broken.kml:4:"), m.getMessage());
        assertTrue(m.getMessage().contains("malformed XML"), m.getMessage());
    }
}
