package org.sitmap.io.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitmap.io.incidents.Collected.assertIssue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;
import org.sitmap.io.incidents.RowIssue.Severity;
import org.sitmap.testsupport.TestPaths;

class UcdpCsvReaderTest {
    static final Path PAK = TestPaths.fixtures().resolve("events/ucdp_ged_conflict_data_pak.csv");
    static final Path MMR = TestPaths.fixtures().resolve("events/ucdp_ged191_subset_mmr_bgd.csv");

    @TempDir
    Path dir;

    /** The fixture's data rows, read independently of the reader (the HDX tag row has an empty id). */
    private static List<NamedCsvRecord> records(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            return csv.stream().filter(r -> !r.getField("id").isEmpty()).collect(Collectors.toList());
        }
    }

    @Test
    void readsEveryRowOfTheHdxFixtureAndFindsTheIndiaPakistanConflict() throws Exception {
        List<NamedCsvRecord> records = records(PAK);
        Set<String> indiaPakistan = records.stream().filter(r -> r.getField("conflict_name").equals("India - Pakistan"))
                .map(r -> "UCDP:" + r.getField("id")).collect(Collectors.toSet());
        assertEquals(429, indiaPakistan.size());

        Collected c = Collected.read(new UcdpCsvReader(), PAK);
        assertEquals(List.of(), c.errors());
        assertEquals(records.size(), c.incidents.size());
        Set<String> ceasefire = c.incidents.stream().filter(i -> i.type() == IncidentType.CEASEFIRE_VIOLATION)
                .map(Incident::sourceEventId).collect(Collectors.toSet());
        assertEquals(indiaPakistan, ceasefire);
        assertTrue(c.incidents.stream().allMatch(i -> i.type() == IncidentType.CEASEFIRE_VIOLATION
                || i.type() == IncidentType.OTHER));
        assertTrue(c.warnings().stream().noneMatch(w -> w.reason().contains("type")), "UCDP has no type to warn about");
        long size = Files.size(PAK);
        assertTrue(c.progress.size() <= 102, "about one report per percent, got " + c.progress.size());
        for (int k = 1; k < c.progress.size(); k++) {
            assertTrue(c.progress.get(k)[0] >= c.progress.get(k - 1)[0], "progress never goes back");
            assertTrue(c.progress.get(k)[0] <= size);
        }
        assertEquals(size, c.progress.get(c.progress.size() - 1)[0]);
    }

    @Test
    void skipsTheHashtagRowAndKeepsTheFilesOwnLineNumbers() throws Exception {
        List<String> text = Files.readAllLines(PAK, StandardCharsets.UTF_8);
        assertTrue(text.get(1).startsWith(",,#date+year,"), "fixture line 2 is the HDX tag row");
        Collected c = Collected.read(new UcdpCsvReader(), PAK);
        assertEquals(3L, c.lines.get(0));
        assertTrue(c.issues.stream().noneMatch(i -> i.line() == 2));
        for (int k = 0; k < c.incidents.size(); k++) {
            String id = c.incidents.get(k).sourceEventId().substring("UCDP:".length());
            String line = text.get((int) (long) c.lines.get(k) - 1);
            assertTrue(line.startsWith(id + ","), "line " + c.lines.get(k) + " should start with id " + id);
        }
    }

    @Test
    void mapsAStateBasedLocRowField() throws Exception {
        Collected c = Collected.read(new UcdpCsvReader(), PAK);
        Incident kel = c.bySourceId("UCDP:59553");
        assertEquals(Instant.parse("1990-10-04T00:00:00Z"), kel.startUtc());
        assertEquals(Instant.parse("1990-10-04T23:59:59.999Z"), kel.endUtc());
        assertEquals(TimePrecision.DAY, kel.timePrecision());
        assertEquals(ReportZone.UTC, kel.reportZone());
        assertEquals("state-based conflict", kel.subType());
        assertEquals("Government of India", kel.actor());
        assertEquals("Azad Jammu & Kashmir", kel.admin1());
        assertEquals("Neelam district", kel.district());
        assertEquals("Kel village", kel.location());
        assertEquals("UCDP", kel.locationPrecisionScheme());
        assertEquals(2, kel.locationPrecisionCode());
        assertEquals(74.355544, kel.lon());
        assertEquals(34.821865, kel.lat());
        assertEquals(2, kel.killedTotal());
        assertEquals(0, kel.killedCivilian());
        assertEquals(2, kel.killedSecurity());
        assertEquals("R 4/10 1990 | Pakistani military", kel.sourceNames());
    }

    @Test
    void readsTheUcdpDownloadWithoutRelidAndItsDateRanges() throws Exception {
        List<NamedCsvRecord> records = records(MMR);
        Collected c = Collected.read(new UcdpCsvReader(), MMR);
        assertEquals(records.size(), c.incidents.size());
        assertEquals(2L, c.lines.get(0));
        Incident kokang = c.bySourceId("UCDP:209980");
        assertEquals(TimePrecision.RANGE, kokang.timePrecision());
        assertEquals(Instant.parse("2015-05-11T00:00:00Z"), kokang.startUtc());
        assertEquals(Instant.parse("2015-05-12T23:59:59.999Z"), kokang.endUtc());
        assertEquals(IncidentType.OTHER, kokang.type());
        assertNull(kokang.killedSecurity(), "side b is not a government");
        assertEquals(1, kokang.killedTotal());
        assertIssue(c.onlyIssueOn(2), 2, "latitude/longitude", Severity.WARNING, "far outside the region");
        assertEquals(ImportFormat.UCDP, ImportFormat.detect(MMR));
        assertEquals(ImportFormat.UCDP, ImportFormat.detect(PAK));
    }

    @Test
    void widensSameDayRowsByTheirDatePrecision() throws Exception {
        String header = "id,type_of_violence,side_a,side_b,where_prec,latitude,longitude,date_prec,date_start,"
                + "date_end,best,deaths_a\n";
        Path file = Collected.write(dir, "ged.csv", header
                + "1,1,Government of India,Government of Pakistan,1,34.5,74.0,3,2020-07-16,2020-07-16,0,0\n"
                + "2,1,Government of India,Government of Pakistan,1,34.5,74.0,4,2020-07-16,2020-07-16,0,0\n"
                + "3,1,Government of India,Government of Pakistan,1,34.5,74.0,1,2020-07-16,2020-07-15,0,0\n"
                + "4,1,Government of India,Government of Pakistan,1,34.5,74.0,1,2020-07-16,2020-07-16,-1,0\n");
        Collected c = Collected.read(new UcdpCsvReader(), file);
        Incident week = c.bySourceId("UCDP:1");
        assertEquals(Instant.parse("2020-07-13T00:00:00Z"), week.startUtc(), "Monday of that week");
        assertEquals(Instant.parse("2020-07-19T23:59:59.999Z"), week.endUtc());
        Incident month = c.bySourceId("UCDP:2");
        assertEquals(Instant.parse("2020-07-01T00:00:00Z"), month.startUtc());
        assertEquals(Instant.parse("2020-07-31T23:59:59.999Z"), month.endUtc());
        assertIssue(c.onlyIssueOn(4), 4, "date_end", Severity.ERROR, "before start");
        assertIssue(c.onlyIssueOn(5), 5, "best", Severity.ERROR, "negative casualty count -1");
        assertEquals(new HashSet<>(List.of("UCDP:1", "UCDP:2")),
                c.incidents.stream().map(Incident::sourceEventId).collect(Collectors.toSet()));
    }
}
