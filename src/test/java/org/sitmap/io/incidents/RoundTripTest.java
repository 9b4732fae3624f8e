package org.sitmap.io.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;

class RoundTripTest {

    @TempDir
    Path dir;

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("acled.csv", new AcledCsvWriter(), new AcledCsvReader()),
                Arguments.of("events.geojson", new GeoJsonWriter(), new GeoJsonReader()),
                Arguments.of("events.kml", new KmlWriter(), new KmlReader()));
    }

    static List<Incident> incidents() {
        Incident full = new IncidentBuilder().id(42L).sourceEventId("IND12345")
                .startUtc(Instant.parse("2025-05-06T18:30:00Z")).endUtc(Instant.parse("2025-05-07T18:29:59.999Z"))
                .timePrecision(TimePrecision.DAY).reportZone(ReportZone.IST).type(IncidentType.ARTILLERY_SHELLING)
                .subType("Shelling/artillery/missile attack").actor("Military Forces of Pakistan (2018-)")
                .reportingSide("India").admin1("Jammu and Kashmir").district("Bāramūla").location("Uri, Salamabad")
                .lon(74.0512345678901).lat(34.0821234567891).locationPrecisionScheme("ACLED").locationPrecisionCode(2)
                .killedTotal(3).killedCivilian(2).killedSecurity(1).injuredTotal(7).injuredCivilian(5)
                .injuredSecurity(2).sourceNames("Times of India; Greater Kashmir")
                .sourceUrls("https://example.org/a?x=1,2 https://example.org/b").reliability('B').credibility(2)
                .notes("He said \"fire, fire\", then\nshells fell; <b>&amp;</b> 'quoted', tab\there").build();
        Incident range = new IncidentBuilder().startUtc(Instant.parse("2025-04-30T19:00:00Z"))
                .endUtc(Instant.parse("2025-05-31T18:59:59.999Z")).timePrecision(TimePrecision.RANGE)
                .reportZone(ReportZone.PKT).type(IncidentType.OTHER).lon(73.47).lat(34.36).build();
        Incident exact = new IncidentBuilder().sourceEventId("SITMAP-7").startUtc(Instant.parse("2025-05-08T21:14:07.250Z"))
                .timePrecision(TimePrecision.EXACT).reportZone(ReportZone.UTC).type(IncidentType.DRONE_INCURSION)
                .subType("quadcopter sighting").reportingSide("Pakistan").location("پونچھ / पुंछ 🚁")
                .lon(74.0).lat(33.77).locationPrecisionScheme("UCDP").locationPrecisionCode(5).killedTotal(0)
                .reliability('F').credibility(6).notes("  padded  \r\nwindows line, and ,commas,").build();
        Incident hour = new IncidentBuilder().sourceEventId("PAK-99").startUtc(Instant.parse("2025-05-09T03:00:00Z"))
                .endUtc(Instant.parse("2025-05-09T03:59:59Z")).timePrecision(TimePrecision.HOUR)
                .reportZone(ReportZone.PKT).type(IncidentType.SNIPING).actor("Indian Army").admin1("Azad Kashmir")
                .lon(73.9).lat(34.6).locationPrecisionScheme("SITMAP").locationPrecisionCode(1).build();
        return List.of(full, range, exact, hour);
    }

    private static Incident withoutId(Incident i) {
        return IncidentBuilder.from(i).id(null).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void writingThenReadingGivesTheSameIncidents(String name, IncidentWriter writer, IncidentReader reader)
            throws Exception {
        Path file = dir.resolve(name);
        writer.write(incidents(), file);
        Collected c = Collected.read(reader, file);
        assertEquals(List.of(), c.issues);
        List<Incident> expected = incidents().stream().map(RoundTripTest::withoutId).collect(Collectors.toList());
        assertEquals(expected.size(), c.incidents.size());
        for (int k = 0; k < expected.size(); k++) {
            assertEquals(expected.get(k), c.incidents.get(k), name + " incident " + k);
        }
        assertEquals(name.endsWith(".csv") ? ImportFormat.ACLED : name.endsWith(".kml") ? ImportFormat.KML
                : ImportFormat.GEOJSON, ImportFormat.detect(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aFailedExportLeavesTheOldFileAndNoTemporaryFiles(String name, IncidentWriter writer, IncidentReader reader)
            throws IOException {
        Path file = Files.writeString(dir.resolve(name), "previous export");
        Iterable<Incident> failing = () -> new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Incident next() {
                if (served++ == 2) {
                    throw new IllegalStateException("database went away");
                }
                return incidents().get(0);
            }
        };
        assertThrows(IllegalStateException.class, () -> writer.write(failing, file));
        assertEquals("previous export", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.collect(Collectors.toList()));
        }
    }

    @Test
    void theAcledExportStartsWithAcledColumnsInLocalDays() throws Exception {
        Path file = dir.resolve("acled.csv");
        new AcledCsvWriter().write(incidents(), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(String.join(",", AcledCsvWriter.ACLED_COLUMNS) + ",sitmap_type,sub_type,start_utc,end_utc,"
                + "report_zone,time_precision_sitmap,injured_total,killed_civilian,killed_security,injured_civilian,"
                + "injured_security,source_urls,reliability,credibility,location_precision_scheme,"
                + "location_precision_code,reporting_side", lines.get(0));
        assertEquals(true, lines.get(1).startsWith("IND12345,2025-05-07,1,Explosions/Remote violence,"
                + "Shelling/artillery/missile attack,Military Forces of Pakistan (2018-),India,"), lines.get(1));
    }
}
