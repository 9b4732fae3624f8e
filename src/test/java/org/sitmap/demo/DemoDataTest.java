package org.sitmap.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.io.gpkg.GeoPackageReader;
import org.sitmap.io.gpkg.GpkgFeature;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.testsupport.Cli;
import org.sitmap.testsupport.TestPaths;
import org.sqlite.SQLiteConfig;

/**
 * The synthetic demo data: reproducible per seed, inside the documented season and region, on the
 * reporting side's land, shaped around the 10 May 2025 ceasefire, and flagged synthetic everywhere.
 */
class DemoDataTest {

    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    private static final Instant SEASON_START = LocalDate.of(2025, 1, 1).atStartOfDay(IST).toInstant();
    private static final Instant SEASON_END = LocalDate.of(2025, 9, 1).atStartOfDay(IST).toInstant();
    private static final Instant CEASEFIRE = LocalDateTime.of(2025, 5, 10, 17, 0).atOffset(IST).toInstant();
    private static final long COMMITTED_SEED = 20250510L;
    private static final Path COMMITTED = Path.of("data/demo-incidents.gpkg");

    private static PreparedGeometry india;
    private static PreparedGeometry pakistan;
    private static List<Incident> committed;
    private static List<Incident> generatedWithCommittedSeed;

    @TempDir
    Path dir;

    @BeforeAll
    static void readBasemapAndCommittedFile() throws Exception {
        GeometryFactory gf = new GeometryFactory();
        List<Geometry> in = new ArrayList<>();
        List<Geometry> pk = new ArrayList<>();
        try (GeoPackageReader r = GeoPackageReader.open(TestPaths.basemap())) {
            for (GpkgFeature f : r.readAll("countries")) {
                Object side = f.attributes().get("administers");
                if ("IN".equals(side)) {
                    in.add(f.geometry());
                } else if ("PK".equals(side)) {
                    pk.add(f.geometry());
                }
            }
        }
        assertTrue(!in.isEmpty() && !pk.isEmpty(), "the basemap has land administered by India and by Pakistan");
        india = PreparedGeometryFactory.prepare(gf.buildGeometry(in).union());
        pakistan = PreparedGeometryFactory.prepare(gf.buildGeometry(pk).union());
        try (IncidentStore store = IncidentStore.openReadOnly(COMMITTED)) {
            committed = store.all();
        }
        generatedWithCommittedSeed = DemoDataGenerator.generate(TestPaths.basemap(), COMMITTED_SEED);
    }

    private static List<Incident> withoutIds(List<Incident> list) {
        return list.stream().map(i -> IncidentBuilder.from(i).id(null).build()).toList();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    @Test
    void sameSeedGivesTheSameIncidentsAndAnotherSeedDifferent() throws Exception {
        List<Incident> again = DemoDataGenerator.generate(TestPaths.basemap(), COMMITTED_SEED);
        assertEquals(generatedWithCommittedSeed, again);
        List<Incident> other = DemoDataGenerator.generate(TestPaths.basemap(), COMMITTED_SEED + 1);
        assertNotEquals(generatedWithCommittedSeed, other);
    }

    @Test
    void committedFileHoldsExactlyWhatTheDocumentedSeedGenerates() {
        assertEquals(generatedWithCommittedSeed.size(), committed.size());
        List<Incident> stored = withoutIds(committed);
        for (int k = 0; k < stored.size(); k++) {
            assertEquals(generatedWithCommittedSeed.get(k), stored.get(k), "record " + k);
        }
    }

    private static void assertInSeason(List<Incident> incidents, String what) {
        for (Incident i : incidents) {
            assertTrue(!i.startUtc().isBefore(SEASON_START) && i.startUtc().isBefore(SEASON_END),
                    what + ": " + i.sourceEventId() + " starts " + i.startUtc() + " (" + i.timePrecision() + ", "
                            + i.reportingSide() + "), outside 2025-01-01..2025-08-31 IST");
        }
    }

    @Test
    void committedIncidentsAllStartWithinTheSeasonInIstDays() {
        assertInSeason(committed, "committed file");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everySeedStartsItsIncidentsWithinTheSeasonInIstDays(long seed) throws Exception {
        assertInSeason(DemoDataGenerator.generate(TestPaths.basemap(), seed), "seed " + seed);
    }

    @Test
    void everyPointIsInTheRegionOnLandAdministeredByItsReportingSide() {
        GeometryFactory gf = new GeometryFactory();
        for (Incident i : committed) {
            assertTrue(i.lon() >= 66 && i.lon() <= 82 && i.lat() >= 23 && i.lat() <= 38.5,
                    i.sourceEventId() + " outside the region: " + i.lon() + ", " + i.lat());
            PreparedGeometry land = switch (i.reportingSide()) {
                case "India" -> india;
                case "Pakistan" -> pakistan;
                default -> throw new AssertionError(i.sourceEventId() + ": reporting side " + i.reportingSide());
            };
            assertTrue(land.covers(gf.createPoint(new Coordinate(i.lon(), i.lat()))), i.sourceEventId() + " at "
                    + i.lon() + ", " + i.lat() + " is not on land administered by " + i.reportingSide());
        }
    }

    @Test
    void dailyRateInTheThreeDaysBeforeTheCeasefireIsAtLeastTenTimesTheRateInTheThirtyAfter() {
        Instant before = CEASEFIRE.minus(Duration.ofDays(3));
        Instant after = CEASEFIRE.plus(Duration.ofDays(30));
        long nBefore = committed.stream().filter(i -> !i.startUtc().isBefore(before) && i.startUtc().isBefore(CEASEFIRE))
                .count();
        long nAfter = committed.stream().filter(i -> !i.startUtc().isBefore(CEASEFIRE) && i.startUtc().isBefore(after))
                .count();
        double rateBefore = nBefore / 3.0;
        double rateAfter = nAfter / 30.0;
        assertTrue(nBefore > 0 && nAfter > 0, nBefore + " before, " + nAfter + " after");
        assertTrue(rateBefore >= 10 * rateAfter, rateBefore + "/day before vs " + rateAfter + "/day after");
    }

    @Test
    void committedFileSaysSyntheticInMetadataLayerDescriptionAndEveryRow() throws Exception {
        try (IncidentStore store = IncidentStore.openReadOnly(COMMITTED)) {
            assertTrue(store.isSynthetic());
            assertEquals("true", store.metadata().get("synthetic"));
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + COMMITTED, config.toProperties());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT description FROM gpkg_contents WHERE table_name = 'incidents'")) {
                rs.next();
                assertTrue(rs.getString(1).contains("SYNTHETIC"), rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*), sum(source_names LIKE '%SYNTHETIC%'),"
                    + " sum(notes LIKE '%SYNTHETIC%') FROM incidents")) {
                rs.next();
                assertTrue(rs.getLong(1) > 1000);
                assertEquals(rs.getLong(1), rs.getLong(2), "every row's source_names says SYNTHETIC");
                assertEquals(rs.getLong(1), rs.getLong(3), "every row's notes say SYNTHETIC");
            }
        }
    }

    @Test
    void demoDataCommandWritesASyntheticFileAndRefusesToOverwrite() throws Exception {
        Path out = dir.resolve("demo.gpkg");
        Cli.Run r = Cli.run("demo-data", "--out", out.toString(), "--seed", "7", "--map", TestPaths.basemap().toString());
        assertEquals(0, r.exitCode(), r.toString());
        List<Incident> expected = DemoDataGenerator.generate(TestPaths.basemap(), 7);
        try (IncidentStore store = IncidentStore.openReadOnly(out)) {
            assertTrue(store.isSynthetic());
            assertEquals(expected, withoutIds(store.all()));
            Map<String, String> meta = store.metadata();
            assertTrue(meta.get("description").contains("seed 7"), meta.toString());
        }
        try (org.sitmap.briefing.BriefingStore briefing = org.sitmap.briefing.BriefingStore.open(out, false)) {
            assertEquals(org.sitmap.briefing.DemoBriefing.views(), briefing.views().views(), "the demo briefing's views");
        }
        assertTrue(r.out().contains(expected.size() + " SYNTHETIC incidents") || r.out().contains(
                String.format("%,d SYNTHETIC incidents", expected.size())), r.toString());
        String digest = org.sitmap.testsupport.FileDigest.sha256(out);
        Cli.Run again = Cli.run("demo-data", "--out", out.toString(), "--seed", "8", "--map", TestPaths.basemap().toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("--force"), again.toString());
        assertEquals(digest, org.sitmap.testsupport.FileDigest.sha256(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }
}
