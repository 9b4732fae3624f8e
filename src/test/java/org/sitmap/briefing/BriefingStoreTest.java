package org.sitmap.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.testsupport.FileDigest;
import org.sitmap.testsupport.Gdal;

class BriefingStoreTest {

    @TempDir
    Path dir;

    private Path newFile() throws Exception {
        Path f = dir.resolve("real.gpkg");
        IncidentSchema.create(f, false, null, false);
        return f;
    }

    @Test
    void viewsAndBannerAreKeptInTheFileAndReadBackInOrder() throws Exception {
        Path f = newFile();
        List<SavedView> views = new ArrayList<>(DemoBriefing.views());
        java.util.Collections.reverse(views);
        views.set(0, views.get(0).withCapture(views.get(0).extent(), Set.of("district_zones", "incidents/mortar"),
                views.get(0).state(), "{\"sort\":\"rate\"}", Instant.parse("2025-06-01T10:00:00Z")));
        try (BriefingStore s = BriefingStore.open(f, true)) {
            assertEquals(List.of(), s.views().views(), "a new file has no views");
            assertTrue(s.banner().isEmpty());
            s.saveViews(views);
            s.saveBanner(new BannerSettings("SECRET // TEST", "#c8102e", "#ffffff"));
        }
        try (BriefingStore s = BriefingStore.open(f, false)) {
            assertEquals(views, s.views().views());
            assertEquals(new BannerSettings("SECRET // TEST", "#C8102E", "#FFFFFF"), s.banner().orElseThrow());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT data_type FROM gpkg_contents WHERE table_name = 'sitmap_views'")) {
            assertTrue(rs.next());
            assertEquals("attributes", rs.getString(1));
        }
    }

    @Test
    void theFileStillPassesGdalsGeoPackageValidator() throws Exception {
        Gdal.assumeValidator();
        Path f = newFile();
        try (BriefingStore s = BriefingStore.open(f, true)) {
            s.saveViews(DemoBriefing.views());
            s.saveBanner(BannerSettings.PRESETS.get(0));
        }
        Gdal.Result r = Gdal.validate(f);
        assertEquals(0, r.exitCode(), r.output());
    }

    @Test
    void aBrokenRowIsReportedWithFileViewFieldAndReasonAndTheOthersStillLoad() throws Exception {
        Path f = newFile();
        try (BriefingStore s = BriefingStore.open(f, true)) {
            s.saveViews(DemoBriefing.views());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE sitmap_views SET state_json = replace(state_json, '\"IST\"', '\"Mars\"') WHERE fid = 2");
        }
        try (BriefingStore s = BriefingStore.open(f, false)) {
            BriefingStore.Loaded loaded = s.views();
            assertEquals(4, loaded.views().size());
            assertEquals(1, loaded.problems().size());
            String p = loaded.problems().get(0);
            assertTrue(p.contains(f.toString()) && p.contains("view 2") && p.contains("view_state.day_zone")
                    && p.contains("Mars"), p);
        }
    }

    @Test
    void aForeignFileIsRefusedAndLeftUnchanged() throws Exception {
        Path f = dir.resolve("other.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE gpkg_contents (table_name TEXT)");
        }
        String before = FileDigest.sha256(f);
        BriefingException e = assertThrows(BriefingException.class, () -> BriefingStore.open(f, true));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("not a Sitmap incident file"),
                e.getMessage());
        assertEquals(before, FileDigest.sha256(f));
    }

    @Test
    void aFailedSaveLeavesTheViewsAsTheyWere() throws Exception {
        Path f = newFile();
        try (BriefingStore s = BriefingStore.open(f, true)) {
            s.saveViews(DemoBriefing.views());
            List<SavedView> duplicateIds = List.of(DemoBriefing.views().get(0), DemoBriefing.views().get(0));
            BriefingException e = assertThrows(BriefingException.class, () -> s.saveViews(duplicateIds));
            assertTrue(e.getMessage().contains("The file was not changed"), e.getMessage());
            assertEquals(DemoBriefing.views(), s.views().views());
        }
        assertTrue(Files.isRegularFile(f));
    }
}
