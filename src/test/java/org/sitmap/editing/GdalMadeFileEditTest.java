package org.sitmap.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.io.store.IncidentEdits;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.testsupport.Gdal;
import org.sitmap.testsupport.SampleIncidents;

/**
 * An incident file rewritten by GDAL (ogr2ogr), so its R-tree triggers are GDAL's and call the
 * ST_* functions: adding, moving, deleting and undoing work, the R-tree follows every edit, and
 * GDAL's validator still accepts the file.
 */
class GdalMadeFileEditTest {

    @TempDir
    Path dir;

    private Path gdalCopy() throws Exception {
        Path ours = dir.resolve("ours.gpkg");
        IncidentSchema.create(ours, false, null, false);
        try (IncidentStore s = IncidentStore.openWritable(ours)) {
            IncidentEdits e = new IncidentEdits(s, "setup");
            e.insert(SampleIncidents.mendharShelling(), "seed");
            e.insert(IncidentBuilder.from(SampleIncidents.mendharShelling()).lon(74.0).lat(34.1).build(), "seed");
        }
        Path gdal = dir.resolve("gdal.gpkg");
        Process p;
        try {
            p = new ProcessBuilder("ogr2ogr", "-f", "GPKG", gdal.toString(), ours.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("ogr2ogr is not installed (apt-get install gdal-bin)");
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return gdal;
    }

    @Test
    void editsOfAGdalWrittenFileKeepItsRtreeAndValidity() throws Exception {
        Path file = gdalCopy();
        String triggers = SampleIncidents.text(file, "SELECT group_concat(sql, ' ') FROM sqlite_master"
                + " WHERE type = 'trigger' AND tbl_name = 'incidents'");
        assertTrue(triggers.contains("ST_IsEmpty") && triggers.contains("ST_MinX"), "GDAL's triggers call ST_*: " + triggers);
        IncidentEditor editor = new IncidentEditor(file, "analyst1");
        Incident added = editor.add(IncidentBuilder.from(SampleIncidents.mendharShelling()).lon(73.5).lat(34.4).build(),
                "report").added();
        Incident moved = editor.move(added, 73.6, 34.5, "dragged").added();
        assertEquals(1, SampleIncidents.scalar(file, "SELECT count(*) FROM rtree_incidents_geom WHERE id = " + added.id()
                + " AND minx <= 73.6 AND maxx >= 73.6 AND miny <= 34.5 AND maxy >= 34.5"), "the R-tree row moved");
        Incident first;
        try (IncidentStore s = IncidentStore.openReadOnly(file)) {
            first = s.byId(1);
        }
        editor.delete(first, "duplicate");
        assertEquals(0, SampleIncidents.scalar(file, "SELECT count(*) FROM rtree_incidents_geom WHERE id = 1"));
        editor.undo();
        assertEquals(1, SampleIncidents.scalar(file, "SELECT count(*) FROM rtree_incidents_geom WHERE id = 1"));
        editor.undo();
        try (IncidentStore s = IncidentStore.openReadOnly(file)) {
            assertEquals(added, s.byId(added.id()), "the move was undone");
            assertNull(s.byId(added.id() + 1));
            assertEquals(moved.id(), added.id());
        }
        assertEquals("", SampleIncidents.integrityProblems(file));
        Gdal.assumeValidator();
        Gdal.Result r = Gdal.validate(file);
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().isBlank(), r.output());
    }
}
