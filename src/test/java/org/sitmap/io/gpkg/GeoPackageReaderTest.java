package org.sitmap.io.gpkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Point;

class GeoPackageReaderTest {
    @TempDir
    Path dir;

    static Stream<Path> ogcSamples() throws Exception {
        Path gpkgDir = Path.of(System.getProperty("sitmap.fixtures", "../shared/fixtures"), "gpkg");
        List<Path> files;
        try (Stream<Path> list = Files.list(gpkgDir)) {
            files = list.filter(p -> p.toString().endsWith(".gpkg")).sorted().toList();
        }
        assertEquals(5, files.size(), "expected the five OGC ets-gpkg12 samples in " + gpkgDir);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("ogcSamples")
    void readsOgcSamplesWithoutChangingThem(Path sample) throws Exception {
        String before = sha256(sample);
        int featureCount = 0;
        try (GeoPackageReader reader = GeoPackageReader.open(sample)) {
            for (String table : reader.featureTables()) {
                for (GpkgFeature feature : reader.readAll(table)) {
                    featureCount++;
                    assertFalse(feature.attributes().containsKey("geom"), table);
                }
            }
            for (String table : reader.contentsTables()) {
                reader.description(table);
            }
        }
        assertEquals(before, sha256(sample), sample + " was modified by reading it");
        if (!sample.getFileName().toString().contains("empty")) {
            assertTrue(featureCount > 0, sample + " should have features");
        }
    }

    @Test
    void decodesKnownSampleValues() throws Exception {
        Path sewer = ogcSamples().filter(p -> p.toString().contains("sewer")).findFirst().orElseThrow();
        try (GeoPackageReader reader = GeoPackageReader.open(sewer)) {
            assertEquals(List.of("s_manhole", "foul_sewer", "surface_water_sewer"), reader.featureTables());
            List<GpkgFeature> manholes = reader.readAll("s_manhole");
            assertEquals(69, manholes.size());
            GpkgFeature first = manholes.get(0);
            assertTrue(first.geometry() instanceof Point);
            assertEquals(27700, first.geometry().getSRID());
            assertEquals("feature_id", first.attributes().keySet().iterator().next());
            assertFalse(first.attributes().containsKey("id"), "primary key is the fid, not an attribute");
        }
        Path nulls = ogcSamples().filter(p -> p.toString().contains("null_geometry")).findFirst().orElseThrow();
        try (GeoPackageReader reader = GeoPackageReader.open(nulls)) {
            List<GpkgFeature> rows = reader.readAll("new_geopackage");
            assertNull(rows.get(0).geometry());
            assertEquals(4326, rows.get(2).geometry().getSRID());
        }
    }

    @Test
    void roundTripsOwnFileWithAttributesInColumnOrder() throws Exception {
        Path file = GeoPackageWriterTest.writeSample(dir.resolve("own.gpkg"), true);
        try (GeoPackageReader reader = GeoPackageReader.open(file)) {
            assertEquals(List.of("towns"), reader.featureTables());
            assertEquals("sample towns", reader.description("towns"));
            List<GpkgFeature> towns = reader.readAll("towns");
            assertEquals(2, towns.size());
            assertEquals(List.of("name", "population", "score"), List.copyOf(towns.get(0).attributes().keySet()));
            assertEquals("Muzaffarābād", towns.get(0).attributes().get("name"));
            assertEquals(725000L, towns.get(0).attributes().get("population"));
            assertNull(towns.get(1).attributes().get("population"));
            assertEquals(33.77, ((Point) towns.get(1).geometry()).getY());
            assertEquals(4326, towns.get(1).geometry().getSRID());
            assertEquals("CC BY 4.0", reader.readAll("info").get(0).attributes().get("value"));
        }
    }

    @Test
    void missingFileGivesClearMessage() {
        Path missing = Path.of("maps/no-such.gpkg");
        GeoPackageException e = assertThrows(GeoPackageException.class, () -> GeoPackageReader.open(missing));
        assertEquals("maps/no-such.gpkg: file not found", e.getMessage());
    }

    @Test
    void nonGeoPackageFilesGiveClearMessages() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.gpkg"), "just text, not a database\n");
        GeoPackageException e = assertThrows(GeoPackageException.class, () -> GeoPackageReader.open(text));
        assertEquals(text + ": not a GeoPackage (not an SQLite database)", e.getMessage());

        Path plainSqlite = dir.resolve("plain.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plainSqlite);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        }
        e = assertThrows(GeoPackageException.class, () -> GeoPackageReader.open(plainSqlite));
        assertEquals(plainSqlite + ": not a GeoPackage (no gpkg_contents table)", e.getMessage());
    }

    @Test
    void unknownTableGivesClearMessage() throws Exception {
        Path file = GeoPackageWriterTest.writeSample(dir.resolve("own.gpkg"), false);
        try (GeoPackageReader reader = GeoPackageReader.open(file)) {
            GeoPackageException e = assertThrows(GeoPackageException.class, () -> reader.readAll("rivers"));
            assertEquals(file + ": table rivers is not listed in gpkg_contents", e.getMessage());
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
