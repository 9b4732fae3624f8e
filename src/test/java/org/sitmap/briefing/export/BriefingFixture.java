package org.sitmap.briefing.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.sitmap.basemap.Basemap;
import org.sitmap.basemap.BasemapLoader;
import org.sitmap.briefing.BannerSettings;
import org.sitmap.briefing.BriefingSources;
import org.sitmap.briefing.BriefingStore;
import org.sitmap.briefing.SavedView;
import org.sitmap.situation.IncidentFile;
import org.sitmap.situation.IncidentFileLoader;
import org.sitmap.testsupport.TestPaths;

/** The demo file (a copy) with its five views, the basemap, and an export input with a fixed time. */
final class BriefingFixture {

    static final Instant GENERATED = Instant.parse("2025-05-12T08:00:00Z");

    final Path demo;
    final Basemap basemap;
    final IncidentFile file;
    final List<SavedView> views;
    final List<BriefingSources.Section> sources;
    final BannerSettings banner = new BannerSettings("UNCLASSIFIED // FOR TRAINING", "#007A33", "#FFFFFF");

    BriefingFixture(Path dir) throws Exception {
        demo = dir.resolve("demo-incidents.gpkg");
        Files.copy(Path.of("data/demo-incidents.gpkg"), demo);
        basemap = BasemapLoader.load(TestPaths.basemap());
        file = IncidentFileLoader.load(demo, basemap.projection());
        try (BriefingStore s = BriefingStore.open(demo, false)) {
            views = s.views().views();
            sources = BriefingSources.read(s, file.synthetic(), TestPaths.basemap());
        }
    }

    BriefingInput input() {
        return new BriefingInput(basemap.content(), basemap.projection(), file, TextRows.of(file), banner,
                "demo-incidents.gpkg · SYNTHETIC", GENERATED, PageTheme.LIGHT, false, null);
    }
}
