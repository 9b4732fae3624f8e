package org.sitmap.briefing.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.briefing.BannerSettings;
import org.sitmap.map.style.LegendItem;
import org.sitmap.map.style.Symbolizer;

/** The page legend goes under a short table, where it covers no map; beside a long one it stays on the map. */
class LegendPlacementTest {

    private static BriefingPage page(int tableRows) {
        List<LegendItem> legend = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            legend.add(new LegendItem("Item " + i, new Symbolizer.Line(Color.RED, 2f, null, null, 0f)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < tableRows; i++) {
            rows.add(List.of("District " + i, String.valueOf(i)));
        }
        return new BriefingPage("Title", List.of("Window: a → b"), "test", Instant.parse("2025-05-12T08:00:00Z"), "",
                BannerSettings.defaultFor(true), true, legend, new BriefingTable("Table", List.of("District", "n"), rows));
    }

    private static PageDecorations.Boxes measure(BriefingPage p, PageLayout lay) {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            return new PageDecorations(1, PageTheme.LIGHT).measure(g, lay, p);
        } finally {
            g.dispose();
        }
    }

    @Test
    void aShortTableLeavesRoomForTheLegendBelowIt() {
        BriefingPage p = page(5);
        PageLayout lay = PageLayout.of(1123, 794, p, 1);
        PageDecorations.Boxes b = measure(p, lay);
        assertTrue(lay.table().contains(b.legend()), b.legend() + " in the table column " + lay.table());
        assertFalse(lay.map().intersects(b.legend()), "covers no map");
    }

    @Test
    void aLongTableKeepsTheLegendOnTheMap() {
        BriefingPage p = page(60);
        PageLayout lay = PageLayout.of(1123, 794, p, 1);
        PageDecorations.Boxes b = measure(p, lay);
        assertTrue(lay.map().contains(b.legend()), b.legend() + " on the map " + lay.map());
    }
}
