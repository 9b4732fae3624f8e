package org.sitmap.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitmap.testsupport.FileDigest;
import org.sitmap.testsupport.TestPaths;

/**
 * Files that are not Sitmap incident stores (the OGC GeoPackage samples, a text file, an empty
 * file) are refused, read-only or writable, with a message naming the file and saying it was not
 * changed; and indeed their bytes are unchanged and nothing is left beside them.
 */
class ForeignFileRefusalTest {

    @TempDir
    Path dir;

    static Stream<String> ogcSamples() throws IOException {
        Path gpkgDir = TestPaths.fixtures().resolve("gpkg");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(gpkgDir)) {
            files.filter(p -> p.toString().endsWith(".gpkg")).forEach(p -> names.add(p.getFileName().toString()));
        }
        assertTrue(names.size() >= 5, "expected the OGC samples in " + gpkgDir + ": " + names);
        return names.stream().sorted();
    }

    private Set<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private void assertRefusedUnchanged(Path file, String reasonFragment) throws Exception {
        String digest = FileDigest.sha256(file);
        long size = Files.size(file);
        Set<String> before = listing();
        for (boolean writable : new boolean[] {false, true}) {
            StoreException e = assertThrows(StoreException.class,
                    () -> (writable ? IncidentStore.openWritable(file) : IncidentStore.openReadOnly(file)).close());
            String m = e.getMessage();
            assertTrue(m.startsWith(file + ": "), "names the file first: " + m);
            assertTrue(m.contains("was not changed"), m);
            assertTrue(m.contains(reasonFragment), "says why (" + reasonFragment + "): " + m);
        }
        assertEquals(digest, FileDigest.sha256(file), "bytes unchanged");
        assertEquals(size, Files.size(file));
        assertEquals(before, listing(), "no journal or WAL file left beside it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ogcSamples")
    void ogcSampleGeoPackagesAreRefusedAndLeftUnchanged(String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.copy(TestPaths.fixtures().resolve("gpkg").resolve(name), copy);
        copy.toFile().setWritable(true);
        assertRefusedUnchanged(copy, "not a Sitmap incident file");
    }

    @Test
    void refusalListsTheLayersTheForeignFileHas() throws Exception {
        Path copy = dir.resolve("sewer.gpkg");
        Files.copy(TestPaths.fixtures().resolve("gpkg/ets-gpkg12_simple_sewer_features.gpkg"), copy);
        StoreException e = assertThrows(StoreException.class, () -> IncidentStore.openReadOnly(copy));
        assertTrue(e.getMessage().contains("s_manhole"), e.getMessage());
    }

    @Test
    void textFileIsRefusedAndLeftUnchanged() throws Exception {
        Path text = dir.resolve("notes.gpkg");
        Files.writeString(text, "These are my notes, not a database.\n".repeat(200));
        assertRefusedUnchanged(text, "not a readable SQLite/GeoPackage file");
    }

    @Test
    void emptyFileIsRefusedAndStaysEmpty() throws Exception {
        Path empty = dir.resolve("empty.gpkg");
        Files.createFile(empty);
        assertRefusedUnchanged(empty, "not a GeoPackage");
        assertEquals(0, Files.size(empty));
    }

    @Test
    void plainSqliteDatabaseIsRefusedAsNotAGeoPackage() throws Exception {
        Path db = dir.resolve("plain.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE incidents (id INTEGER)");
        }
        assertRefusedUnchanged(db, "no gpkg_contents");
    }

    @Test
    void incidentsLayerWithoutSitmapColumnsIsRefusedNamingTheMissingOnes() throws Exception {
        Path db = dir.resolve("lacking.gpkg");
        IncidentSchema.create(db, false, null, false);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE incidents DROP COLUMN notes");
            s.execute("ALTER TABLE incidents DROP COLUMN credibility");
        }
        assertRefusedUnchanged(db, "lacks Sitmap columns: credibility, notes");
    }

    @Test
    void missingFileIsReportedAndNotCreated() {
        Path absent = dir.resolve("absent.gpkg");
        StoreException e = assertThrows(StoreException.class, () -> IncidentStore.openWritable(absent));
        assertTrue(e.getMessage().startsWith(absent + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
        assertTrue(Files.notExists(absent));
    }
}
