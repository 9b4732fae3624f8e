package org.sitmap.districts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.districts.io.BasemapDistricts;
import org.sitmap.districts.io.BoundaryFile;
import org.sitmap.districts.io.BoundaryImport;
import org.sitmap.districts.io.DistrictBoundaryStore;
import org.sitmap.districts.io.DistrictSources;
import org.sitmap.districts.io.LoadedBoundaries;
import org.sitmap.districts.io.NameMatch;
import org.sitmap.testsupport.Gdal;
import org.sitmap.testsupport.TestPaths;

/**
 * Loading the real boundary fixtures: datameet (Azad Kashmir, Gilgit-Baltistan) and datta07 (J&amp;K,
 * Ladakh, drawn to India's claim). Expected: the likeliest name fields are DISTRICT and dtname;
 * datta07 is taken as Indian and clipped to India's administered land, so its Muzaffarabad and
 * Mirpur drop out as claims and its Leh loses the Pakistan- and China-administered parts; the
 * result saves into an incident file (valid GeoPackage) and loads back unchanged.
 */
class BoundaryLoadTest {

    @TempDir
    static Path dir;
    static BasemapDistricts.Contents basemap;
    static LoadedBoundaries loaded;
    static List<BoundaryFile> files;

    @BeforeAll
    static void load() throws Exception {
        basemap = BasemapDistricts.load(TestPaths.basemap());
        Path b = TestPaths.fixtures().resolve("boundaries");
        files = List.of(BoundaryFile.read(b.resolve("datameet_pok-districts-alhasan.geojson")),
                BoundaryFile.read(b.resolve("datta07_JAMMU_KASHMIR_DISTRICTS.geojson")),
                BoundaryFile.read(b.resolve("datta07_LADAKH_DISTRICTS.geojson")));
        loaded = BoundaryImport.build(files.stream().map(f -> new BoundaryImport.Input(f,
                f.nameFieldCandidates().get(0))).toList(), basemap.geography(),
                DistrictSources.knownKeys(basemap.zones(), null));
    }

    @Test
    void likeliestNameFields() {
        assertEquals("DISTRICT", files.get(0).nameFieldCandidates().get(0));
        assertEquals("dtname", files.get(1).nameFieldCandidates().get(0));
        assertEquals("dtname", files.get(2).nameFieldCandidates().get(0));
    }

    @Test
    void datta07IsClippedToIndianAdministeredLand() {
        Map<String, NameMatch> byName = loaded.report().stream().filter(m -> m.file().startsWith("datta07"))
                .collect(Collectors.toMap(NameMatch::sourceName, m -> m));
        assertEquals("IN", byName.get("Kupwara").side());
        assertEquals(NameMatch.Status.DROPPED_CLAIM, byName.get("Muzaffarabad").status());
        assertEquals(NameMatch.Status.DROPPED_CLAIM, byName.get("Mirpur").status());
        assertTrue(byName.get("Leh").keptFraction() < 0.5, "Leh keeps " + byName.get("Leh").keptFraction());
        assertEquals("Baramula → Baramulla", byName.get("Baramula").aliasUsed());
        assertEquals(NameMatch.Status.MATCHED, byName.get("Baramula").status());
        Geometry india = basemap.geography().indiaLand();
        for (District d : loaded.layer().districts()) {
            Geometry land = "IN".equals(d.side()) ? india : basemap.geography().pakistanLand();
            double outside = d.lonLat().difference(land.buffer(1e-6)).getArea();
            assertTrue(outside < 1e-6 * Math.max(1, d.lonLat().getArea()), d.name() + " leaks outside its side");
        }
    }

    @Test
    void datameetIsPakistaniAndHaveliIsANewName() {
        Map<String, NameMatch> byName = loaded.report().stream().filter(m -> m.file().startsWith("datameet"))
                .collect(Collectors.toMap(NameMatch::sourceName, m -> m));
        assertEquals(17, byName.size());
        assertEquals("PK", byName.get("NEELUM").side());
        assertEquals(NameMatch.Status.MATCHED, byName.get("NEELUM").status());
        assertEquals(NameMatch.Status.NEW, byName.get("HAVELI").status(), "no zone called Haveli in the basemap");
        assertTrue(byName.get("NEELUM").keptFraction() > 0.8, "datameet's line and Natural Earth's differ a little");
        assertEquals(17 + 22, loaded.layer().districts().size(), "17 PK + 24 datta07 less 2 claims");
    }

    @Test
    void savedIntoTheIncidentFileAndReadBack() throws Exception {
        Path db = dir.resolve("incidents.gpkg");
        org.sitmap.io.store.IncidentSchema.create(db, false, null, false);
        assertEquals(null, DistrictBoundaryStore.load(db));
        DistrictBoundaryStore.save(db, loaded.layer());
        DistrictLayer back = DistrictBoundaryStore.load(db);
        assertNotNull(back);
        assertEquals(loaded.layer().districts().size(), back.districts().size());
        for (int i = 0; i < back.districts().size(); i++) {
            District a = loaded.layer().districts().get(i);
            District b = back.districts().get(i);
            assertEquals(a.key(), b.key());
            assertEquals(a.lonLat().getArea(), b.lonLat().getArea(), 1e-9);
        }
        assertEquals(back.districts().size(), DistrictSources.layerFor(db, basemap).districts().size(),
                "the next open uses the saved boundaries");
        DistrictBoundaryStore.save(db, loaded.layer());
        assertEquals(loaded.layer().districts().size(), DistrictBoundaryStore.load(db).districts().size(),
                "saving again replaces the rows");
        if (Files.isRegularFile(Gdal.VALIDATOR)) {
            Gdal.Result r = Gdal.validate(db);
            assertEquals(0, r.exitCode(), r.toString());
        }
    }

    @Test
    void incidentNamesAreKnownOnlyOnTheSideTheirDivisionNames() {
        var keys = DistrictSources.knownKeys(HandBuiltFixture.layer(), HandBuiltFixture.table());
        assertTrue(keys.contains("PK:poonch"));
        assertTrue(keys.contains("IN:kupwara"), "a layer district");
        assertTrue(!keys.contains("PK:haveli") && !keys.contains("IN:haveli"), "Haveli's row names no division");
        assertTrue(!keys.contains("IN:neelum"), "only the layer's PK Neelum");
    }

    @Test
    void viewChoiceRoundTripsThroughJson() {
        DistrictViewChoice c = new DistrictViewChoice(ChoroplethMetric.CHANGE, "Rate ratio", true, "PK:poonch", true,
                false, true);
        assertEquals(c, DistrictViewChoice.fromJson(c.toJson()));
        assertEquals(c.withPanelShown(false), DistrictViewChoice.fromJson(c.withPanelShown(false).toJson()));
        assertEquals(DistrictViewChoice.defaults(), DistrictViewChoice.fromJson("{}"));
        // written before panelShown existed: still read, the panel taken as not shown
        DistrictViewChoice old = DistrictViewChoice.fromJson("{\"metric\":\"CHANGE\",\"sortColumn\":\"Change\","
                + "\"ascending\":true,\"selectedDistrict\":\"\",\"choroplethOn\":true,\"bandsOn\":true}");
        assertEquals(new DistrictViewChoice(ChoroplethMetric.CHANGE, "Change", true, "", true, true, false), old);
    }
}
