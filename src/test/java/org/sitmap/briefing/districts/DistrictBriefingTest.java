package org.sitmap.briefing.districts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.basemap.Basemap;
import org.sitmap.basemap.BasemapLoader;
import org.sitmap.briefing.BannerSettings;
import org.sitmap.briefing.BriefingStore;
import org.sitmap.briefing.DemoBriefing;
import org.sitmap.briefing.SavedView;
import org.sitmap.briefing.ViewJson;
import org.sitmap.briefing.export.BriefingInput;
import org.sitmap.briefing.export.BriefingTable;
import org.sitmap.briefing.export.ComposedView;
import org.sitmap.briefing.export.PageTheme;
import org.sitmap.briefing.export.TextRows;
import org.sitmap.districts.ChoroplethMetric;
import org.sitmap.districts.DistrictTable;
import org.sitmap.districts.DistrictTableFormat;
import org.sitmap.districts.DistrictViewChoice;
import org.sitmap.districts.layer.ChoroplethLayer;
import org.sitmap.districts.layer.LocBandsLayer;
import org.sitmap.situation.IncidentFile;
import org.sitmap.situation.IncidentFileLoader;
import org.sitmap.testsupport.TestPaths;

/** A view's district choice on its briefing page, and kept through ViewJson and the file. */
class DistrictBriefingTest {

    @TempDir
    Path dir;

    private Path demoCopy() throws Exception {
        Path demo = dir.resolve("demo-incidents.gpkg");
        Files.copy(Path.of("data/demo-incidents.gpkg"), demo);
        return demo;
    }

    @Test
    void theDistrictChoiceSurvivesViewJsonAndTheFile() throws Exception {
        DistrictViewChoice choice = new DistrictViewChoice(ChoroplethMetric.AFTER_RATE, "Killed after", true,
                "PK:poonch", true, true, true);
        ViewJson.Payload p = new ViewJson.Payload(DemoBriefing.views().get(0).extent(), Set.of("places"),
                DemoBriefing.views().get(0).state(), choice.toJson());
        assertEquals(choice, DistrictViewChoice.fromJson(ViewJson.read(ViewJson.write(p)).districtChoice()));

        Path demo = demoCopy();
        List<SavedView> views;
        try (BriefingStore s = BriefingStore.open(demo, false)) {
            views = s.views().views();
        }
        // the demo file carries the demo views' choices (it was rebuilt from DemoBriefing)
        assertEquals(DemoBriefing.views().stream().map(SavedView::districtChoice).toList(),
                views.stream().map(SavedView::districtChoice).toList());
        assertTrue(DistrictViewChoice.fromJson(views.get(3).districtChoice()).choroplethOn());
        assertTrue(DistrictViewChoice.fromJson(views.get(4).districtChoice()).bandsOn());

        SavedView changed = views.get(0).withCapture(views.get(0).extent(), views.get(0).hiddenLayerIds(),
                views.get(0).state(), choice.toJson(), Instant.parse("2025-09-02T00:00:00Z"));
        SavedView cleared = views.get(3).withCapture(views.get(3).extent(), views.get(3).hiddenLayerIds(),
                views.get(3).state(), null, Instant.parse("2025-09-02T00:00:00Z"));
        try (BriefingStore s = BriefingStore.open(demo, true)) {
            s.saveViews(List.of(changed, views.get(1), views.get(2), cleared, views.get(4)));
        }
        try (BriefingStore s = BriefingStore.open(demo, false)) {
            List<SavedView> back = s.views().views();
            assertEquals(choice, DistrictViewChoice.fromJson(back.get(0).districtChoice()));
            assertNull(back.get(3).districtChoice());
        }
    }

    @Test
    void pagesOfViewsWithAChoiceGetTheSortedTableAndTheirDistrictLayers() throws Exception {
        Path demo = demoCopy();
        Basemap basemap = BasemapLoader.load(TestPaths.basemap());
        IncidentFile file = IncidentFileLoader.load(demo, basemap.projection());
        List<SavedView> views;
        try (BriefingStore s = BriefingStore.open(demo, false)) {
            views = s.views().views();
        }
        BriefingTable stand = new BriefingTable("stand-in", List.of("x"), List.of(List.of("y")));
        BriefingInput plain = new BriefingInput(basemap.content(), basemap.projection(), file, TextRows.of(file),
                BannerSettings.defaultFor(true), "demo", Instant.EPOCH, PageTheme.LIGHT, false, (v, c) -> stand);
        DistrictBriefing d = DistrictBriefing.load(file, TestPaths.basemap(), basemap.projection());
        BriefingInput in = d.applyTo(plain);

        SavedView ceasefire = views.get(3);
        ComposedView c = in.compose(ceasefire);
        ChoroplethLayer ch = (ChoroplethLayer) c.main().layer(ChoroplethLayer.ID).orElseThrow();
        assertFalse(ch.hasMapLegend(), "the page legend lists the classes; no box under the title block");
        assertTrue(c.legend().stream().anyMatch(i -> i.caption().equals("District shading: "
                + ChoroplethMetric.CHANGE.label())));
        assertTrue(c.main().layer(LocBandsLayer.ID).isEmpty(), "bands off in this view");
        int choro = c.main().layers().indexOf(ch);
        int incidents = c.main().layers().indexOf(c.main().layer("incidents").orElseThrow());
        assertTrue(choro < incidents, "shading under the markers");

        BriefingTable t = in.page(ceasefire, c).table();
        DistrictTable full = d.compute(in, ceasefire);
        assertEquals(DistrictTables.COLUMNS, t.headers());
        assertTrue(DistrictTableFormat.HEADERS.containsAll(t.headers()));
        int n = full.rows().size();
        assertTrue(n > DistrictTables.MAX_ROWS, "the demo has more districts than a page shows: " + n);
        assertEquals(DistrictTables.MAX_ROWS + 2, t.rows().size());
        assertEquals("… " + (n - DistrictTables.MAX_ROWS) + " more", t.rows().get(DistrictTables.MAX_ROWS).get(0));
        assertEquals(DistrictTableFormat.totalCells(full).get(2), t.rows().get(t.rows().size() - 1).get(1));
        long max = full.rows().stream().mapToLong(r -> r.counts().before()).max().orElseThrow();
        assertEquals(DistrictTableFormat.count(max), t.rows().get(0).get(1), "sorted by Before, highest first");
        for (int i = 1; i < DistrictTables.MAX_ROWS; i++) {
            assertTrue(number(t.rows().get(i - 1).get(1)) >= number(t.rows().get(i).get(1)), "row " + i);
        }

        SavedView kupwara = views.get(4);
        ComposedView k = in.compose(kupwara);
        assertTrue(k.main().layer(LocBandsLayer.ID).isPresent(), "bands on");
        assertTrue(k.main().layer(ChoroplethLayer.ID).isEmpty(), "choropleth off");
        assertTrue(k.legend().stream().anyMatch(i -> i.caption().contains("from the LoC")));
        assertNotNull(in.page(kupwara, k).table());
        assertTrue(in.page(kupwara, k).table().title().contains("by After, highest first"));

        SavedView baseline = views.get(0);
        ComposedView b = in.compose(baseline);
        assertTrue(b.main().layers().stream().noneMatch(l -> l.id().startsWith("district-")));
        assertEquals(stand, in.page(baseline, b).table(), "a view without a choice keeps the other table");
    }

    private static long number(String s) {
        return Long.parseLong(s.replace(",", "").toLowerCase(Locale.ROOT));
    }
}
