package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.testsupport.Cli;

/**
 * import → export (csv, geojson, kml) → import into a fresh store gives the same records, every
 * field compared except fid and the created/updated stamps. The input is a GeoJSON file this test
 * writes itself with Jackson, from incidents it builds with deliberately awkward values.
 */
class ExportImportRoundTripTest {

    @TempDir
    Path dir;

    private Path store;
    private List<Incident> expected;

    static List<Incident> incidents() {
        List<Incident> out = new ArrayList<>();
        out.add(new IncidentBuilder().sourceEventId("IND-2025-0001")
                .startUtc(Instant.parse("2025-05-06T18:30:00Z")).endUtc(Instant.parse("2025-05-07T18:29:59.999Z"))
                .timePrecision(TimePrecision.DAY).reportZone(ReportZone.IST).type(IncidentType.ARTILLERY_SHELLING)
                .subType("Shelling/artillery/missile attack").actor("Military Forces of Pakistan (2018-)")
                .reportingSide("India").admin1("Jammu and Kashmir").district("Bāramūla").location("Uri, Salamabad")
                .lon(74.0512345678901).lat(34.0821234567891).locationPrecisionScheme("ACLED").locationPrecisionCode(2)
                .killedTotal(3).killedCivilian(2).killedSecurity(1).injuredTotal(7).injuredCivilian(5)
                .injuredSecurity(2).sourceNames("Times of India | Greater Kashmir")
                .sourceUrls("https://example.invalid/a?x=1,2&y=\"3\"").reliability('B').credibility(2)
                .notes("He said \"fire, fire\", then\nshells fell; <b>&amp;</b> 'quoted', tab\there").build());
        out.add(new IncidentBuilder().startUtc(Instant.parse("2025-04-30T19:00:00Z"))
                .endUtc(Instant.parse("2025-05-31T18:59:59.999Z")).timePrecision(TimePrecision.RANGE)
                .reportZone(ReportZone.PKT).type(IncidentType.OTHER).lon(73.47).lat(34.36).build());
        out.add(new IncidentBuilder().sourceEventId("PAK/ISPR#7").startUtc(Instant.parse("2025-05-08T21:14:07.250Z"))
                .timePrecision(TimePrecision.EXACT).reportZone(ReportZone.UTC).type(IncidentType.DRONE_INCURSION)
                .subType("quadcopter sighting").reportingSide("Pakistan").location("پونچھ / पुंछ 🚁")
                .lon(74.0).lat(33.77).locationPrecisionScheme("UCDP").locationPrecisionCode(5).killedTotal(0)
                .reliability('F').credibility(6).notes("  padded  \r\nwindows line, and ,commas,").build());
        out.add(new IncidentBuilder().sourceEventId("PAK-99").startUtc(Instant.parse("2025-05-09T03:00:00Z"))
                .endUtc(Instant.parse("2025-05-09T03:59:59Z")).timePrecision(TimePrecision.HOUR)
                .reportZone(ReportZone.PKT).type(IncidentType.SNIPING).actor("Indian Army").admin1("Azad Kashmir")
                .lon(73.9).lat(34.6).locationPrecisionScheme("SITMAP").locationPrecisionCode(1).build());
        out.add(new IncidentBuilder().sourceEventId("RANGE-SHORT").startUtc(Instant.parse("2025-03-02T00:00:00Z"))
                .endUtc(Instant.parse("2025-03-05T12:00:00Z")).timePrecision(TimePrecision.RANGE)
                .reportZone(ReportZone.IST).type(IncidentType.INFILTRATION).district("Kupwara")
                .lon(74.25).lat(34.52).killedSecurity(4).injuredCivilian(0).credibility(3).build());
        out.add(new IncidentBuilder().sourceEventId("FAR-AWAY").startUtc(Instant.parse("2025-01-01T00:00:00.001Z"))
                .timePrecision(TimePrecision.EXACT).reportZone(ReportZone.UTC).type(IncidentType.MISSILE)
                .lon(90.125).lat(10.5).killedTotal(32_000).sourceNames("a, b; c").build());
        // one of every other type, a minute apart, with alternating nulls
        IncidentType[] types = IncidentType.values();
        for (int k = 0; k < types.length; k++) {
            IncidentBuilder b = new IncidentBuilder().sourceEventId("T-" + types[k].code())
                    .startUtc(Instant.parse("2025-06-01T10:00:00Z").plusSeconds(60L * k))
                    .timePrecision(TimePrecision.EXACT).reportZone(k % 2 == 0 ? ReportZone.IST : ReportZone.PKT)
                    .type(types[k]).lon(73.8 + k * 0.05).lat(33.3 + k * 0.07);
            if (k % 2 == 0) {
                b.actor("actor " + k).reliability((char) ('A' + k % 6)).credibility(1 + k % 6).killedTotal(k);
            } else {
                b.notes("note " + k).injuredTotal(k).injuredSecurity(k);
            }
            out.add(b.build());
        }
        out.sort(Comparator.comparing(Incident::startUtc));
        return out;
    }

    /** The input file, written with Jackson from the field names data/README.md documents. */
    private static void writeGeoJson(List<Incident> incidents, Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode fc = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (Incident i : incidents) {
            ObjectNode f = features.addObject().put("type", "Feature");
            f.putObject("geometry").put("type", "Point").putArray("coordinates").add(i.lon()).add(i.lat());
            ObjectNode p = f.putObject("properties");
            p.put("source_event_id", i.sourceEventId());
            p.put("start_utc", i.startUtc().toString());
            p.put("end_utc", i.endUtc().toString());
            p.put("time_precision", i.timePrecision().code());
            p.put("report_zone", i.reportZone().code());
            p.put("type", i.type().code());
            p.put("sub_type", i.subType());
            p.put("actor", i.actor());
            p.put("reporting_side", i.reportingSide());
            p.put("admin1", i.admin1());
            p.put("district", i.district());
            p.put("location", i.location());
            p.put("location_precision_scheme", i.locationPrecisionScheme());
            p.put("location_precision_code", i.locationPrecisionCode());
            p.put("killed_total", i.killedTotal());
            p.put("killed_civilian", i.killedCivilian());
            p.put("killed_security", i.killedSecurity());
            p.put("injured_total", i.injuredTotal());
            p.put("injured_civilian", i.injuredCivilian());
            p.put("injured_security", i.injuredSecurity());
            p.put("source_names", i.sourceNames());
            p.put("source_urls", i.sourceUrls());
            p.put("reliability", i.reliability() == null ? null : i.reliability().toString());
            p.put("credibility", i.credibility());
            p.put("notes", i.notes());
        }
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), fc);
    }

    private static List<Incident> withoutIds(List<Incident> list) {
        return list.stream().map(i -> IncidentBuilder.from(i).id(null).build()).toList();
    }

    private static List<Incident> read(Path db) throws Exception {
        try (IncidentStore s = IncidentStore.openReadOnly(db)) {
            return withoutIds(s.all());
        }
    }

    private static void assertSameRecords(List<Incident> want, List<Incident> got, String what) {
        assertEquals(want.size(), got.size(), what + ": count");
        Function<Incident, String> key = i -> i.startUtc() + " " + i.sourceEventId();
        List<Incident> a = want.stream().sorted(Comparator.comparing(key)).toList();
        List<Incident> b = got.stream().sorted(Comparator.comparing(key)).toList();
        for (int k = 0; k < a.size(); k++) {
            assertEquals(a.get(k), b.get(k), what + ": record " + k);
        }
    }

    @BeforeEach
    void importInput() throws Exception {
        expected = incidents();
        Path input = dir.resolve("input.geojson");
        writeGeoJson(expected, input);
        store = dir.resolve("a.gpkg");
        Cli.Run r = Cli.run("import", input.toString(), "--into", store.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains("created"), "the store is created on first import: " + r);
    }

    @Test
    void importStoresEveryFieldOfTheInput() throws Exception {
        assertSameRecords(expected, read(store), "input.geojson → store");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv", "geojson", "kml"})
    void exportThenImportIntoAFreshStoreGivesTheSameRecords(String format) throws Exception {
        Path out = dir.resolve("export." + format);
        Cli.Run ex = Cli.run("export", "--from", store.toString(), "--format", format, "--out", out.toString());
        assertEquals(0, ex.exitCode(), ex.toString());
        assertTrue(ex.out().contains("wrote " + expected.size() + " incidents"), ex.toString());

        Path fresh = dir.resolve("fresh-" + format + ".gpkg");
        Cli.Run im = Cli.run("import", out.toString(), "--into", fresh.toString());
        assertEquals(0, im.exitCode(), im.toString());
        assertSameRecords(read(store), read(fresh), format);
        assertSameRecords(expected, read(fresh), format + " vs the original input");
    }

    @Test
    void exportDateRangeIsInclusiveInIstDays() throws Exception {
        LocalDate from = LocalDate.of(2025, 5, 7);
        LocalDate to = LocalDate.of(2025, 5, 9);
        Instant start = from.atStartOfDay(ReportZone.IST.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ReportZone.IST.zone()).toInstant();
        List<Incident> want = expected.stream()
                .filter(i -> !i.startUtc().isBefore(start) && i.startUtc().isBefore(end)).toList();
        assertTrue(want.size() >= 3 && want.size() < expected.size(), "the range selects some: " + want.size());

        Path out = dir.resolve("range.geojson");
        Cli.Run ex = Cli.run("export", "--from", store.toString(), "--format", "geojson", "--out", out.toString(),
                "--from-date", from.toString(), "--to-date", to.toString());
        assertEquals(0, ex.exitCode(), ex.toString());
        Path fresh = dir.resolve("range.gpkg");
        assertEquals(0, Cli.run("import", out.toString(), "--into", fresh.toString()).exitCode());
        assertSameRecords(want, read(fresh), "range");
    }

    @Test
    void exportRefusesAnUnknownFormatAndWritesNothing() {
        Path out = dir.resolve("x.shp");
        Cli.Run ex = Cli.run("export", "--from", store.toString(), "--format", "shp", "--out", out.toString());
        assertEquals(2, ex.exitCode());
        assertTrue(ex.err().contains("--format"), ex.toString());
        assertTrue(Files.notExists(out));
    }
}
