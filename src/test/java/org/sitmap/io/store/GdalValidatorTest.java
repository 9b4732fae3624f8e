package org.sitmap.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.io.incidents.IssueSink;
import org.sitmap.io.incidents.ProgressListener;
import org.sitmap.testsupport.Gdal;
import org.sitmap.testsupport.TestPaths;

/** GDAL's own validator (validate_gpkg.py) accepts every GeoPackage Sitmap writes or ships. */
class GdalValidatorTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsGdal() {
        Gdal.assumeValidator();
    }

    private static void assertValid(Path file) throws Exception {
        Gdal.Result r = Gdal.validate(file);
        assertEquals(0, r.exitCode(), file + ":\n" + r.output());
        assertTrue(r.output().isBlank(), "validate_gpkg.py printed problems for " + file + ":\n" + r.output());
    }

    @Test
    void validatorRejectsABrokenFileSoThisTestCanFail() throws Exception {
        Path notGpkg = dir.resolve("plain.gpkg");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + notGpkg);
             var s = c.createStatement()) {
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT)");
        }
        assertTrue(Gdal.validate(notGpkg).exitCode() != 0, "a plain SQLite file is not a valid GeoPackage");
    }

    @Test
    void freshStoreIsValid() throws Exception {
        Path file = dir.resolve("fresh.gpkg");
        IncidentSchema.create(file, false, null, false);
        assertValid(file);
    }

    @Test
    void storeIsStillValidAfterImportsWithSkippedAndDuplicateRows() throws Exception {
        Path file = dir.resolve("imported.gpkg");
        IncidentSchema.create(file, false, null, false);
        AcledFile csv = new AcledFile();
        for (int n = 0; n < 40; n++) {
            csv.addGood("IND" + n, n);
        }
        var bad = AcledFile.goodRow("BAD1", 99);
        bad.put("latitude", "");
        bad.put("longitude", "");
        csv.add(bad);
        Path events = csv.write(dir.resolve("events.csv"));
        try (IncidentStore store = IncidentStore.openWritable(file)) {
            ImportOutcome first = new IncidentImport(store).run(events, null, true, IssueSink.IGNORE, ProgressListener.NONE);
            assertEquals(40, first.added());
            ImportOutcome again = new IncidentImport(store).run(events, null, true, IssueSink.IGNORE, ProgressListener.NONE);
            assertEquals(0, again.added());
            assertEquals(40, store.count());
        }
        assertValid(file);
    }

    @Test
    void committedDemoFileIsValid() throws Exception {
        Path copy = dir.resolve("demo-incidents.gpkg");
        Files.copy(Path.of("data/demo-incidents.gpkg"), copy);
        assertValid(copy);
    }

    @Test
    void committedBasemapIsValid() throws Exception {
        Path copy = dir.resolve("kashmir.gpkg");
        Files.copy(TestPaths.basemap(), copy);
        assertValid(copy);
    }
}
