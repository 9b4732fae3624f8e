package org.sitmap.basemap;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitmap.map.layer.MapFeature;
import org.sitmap.map.style.FeatureStyle;
import org.sitmap.map.style.LabelSpec;
import org.sitmap.map.style.LegendItem;
import org.sitmap.map.style.Symbolizer;

/**
 * Classified style of the boundaries layer. The LoC is the heaviest line (red, dashed, on a white
 * casing) and carries a repeated "LINE OF CONTROL" label; the Working Boundary (orange dash-dot)
 * and International Border (solid dark grey) are visibly different classes, so a briefer never
 * confuses them on a projector. Immutable.
 */
final class BoundaryStyle implements FeatureStyle {

    private static final Color LOC_RED = new Color(0xC4161C);
    private static final Color CASING = new Color(255, 255, 255, 230);

    private record ClassStyle(Symbolizer.Line line, String label, Color labelColor) {
    }

    private final Map<String, ClassStyle> byClass = Map.of(
            "loc", new ClassStyle(new Symbolizer.Line(LOC_RED, 3f, new float[] {12f, 5f}, CASING, 6.5f),
                    "LINE OF CONTROL", LOC_RED),
            "working_boundary", new ClassStyle(new Symbolizer.Line(new Color(0xE06A00), 2.6f,
                    new float[] {9f, 4f, 2f, 4f}, CASING, 5.5f), "WORKING BOUNDARY", new Color(0xB35400)),
            "international_border", new ClassStyle(new Symbolizer.Line(new Color(0x3A3A3A), 2.2f, null, CASING, 5f),
                    "INTERNATIONAL BORDER", new Color(0x3A3A3A)),
            "agpl", new ClassStyle(new Symbolizer.Line(LOC_RED, 2.4f, new float[] {2f, 4f}, CASING, 5f),
                    "AGPL", LOC_RED),
            "china_india", new ClassStyle(new Symbolizer.Line(new Color(0x6A3D9A), 2f, new float[] {8f, 4f}, CASING, 4.5f),
                    "INDIA–CHINA LINE", new Color(0x6A3D9A)),
            "other", new ClassStyle(new Symbolizer.Line(new Color(0x77736B), 1.3f, null, null, 0f), null, null));

    private final Font labelFont = new Font(BasemapStyles.FONT, Font.BOLD, 12);

    @Override
    public Symbolizer symbolizer(MapFeature f, double unitsPerPixel) {
        ClassStyle s = byClass.get(f.text("class"));
        return s == null ? byClass.get("other").line() : s.line();
    }

    @Override
    public LabelSpec label(MapFeature f, double unitsPerPixel) {
        ClassStyle s = byClass.get(f.text("class"));
        if (s == null || s.label() == null) {
            return null;
        }
        int priority = "loc".equals(f.text("class")) ? 0 : 1;
        return new LabelSpec(s.label(), labelFont, s.labelColor(), BasemapStyles.HALO, priority, LabelSpec.Placement.ALONG_LINE);
    }

    @Override
    public List<LegendItem> legend() {
        List<LegendItem> items = new ArrayList<>();
        Map<String, String> captions = BasemapStyles.boundaryCaptions();
        for (String cls : List.of("loc", "working_boundary", "international_border", "agpl", "china_india", "other")) {
            items.add(new LegendItem(captions.get(cls), byClass.get(cls).line()));
        }
        return items;
    }
}
