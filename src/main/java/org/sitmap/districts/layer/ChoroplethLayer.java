package org.sitmap.districts.layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.districts.AnalysisWindows;
import org.sitmap.map.Viewport;
import org.sitmap.map.layer.Layer;
import org.sitmap.map.layer.MapFeature;
import org.sitmap.map.render.RenderContext;
import org.sitmap.map.render.ScreenPaths;
import org.sitmap.map.style.LegendItem;
import org.sitmap.map.style.Symbolizer;

/**
 * The district choropleth: each district filled with its class colour (translucent, so the
 * basemap reads through), and a legend drawn on the map — metric, both windows, classes, the
 * district layer's name — so that screenshots, PNG and PDF output carry it. Briefing pages and
 * presentation, whose title block names the windows, use {@link #withoutMapLegend()} and list
 * {@link #heading()} and {@link #legend()} in their own legend. A dynamic layer (a new one per
 * window change); immutable; paints on the render thread.
 */
public final class ChoroplethLayer implements Layer {

    public static final String ID = "district-choropleth";
    private static final Font TITLE = new Font("DejaVu Sans", Font.BOLD, 12);
    private static final Font TEXT = new Font("DejaVu Sans", Font.PLAIN, 11);

    private final DistrictShapes shapes;
    private final Choropleth classes;
    private final List<String> legendLines;
    private final boolean mapLegend;

    /** {@code layerTitle} names the district layer (approximate zones or loaded boundaries). */
    public ChoroplethLayer(DistrictShapes shapes, Choropleth classes, AnalysisWindows windows, String layerTitle) {
        this(shapes, classes, legendLines(classes, windows, layerTitle), true);
    }

    private ChoroplethLayer(DistrictShapes shapes, Choropleth classes, List<String> legendLines, boolean mapLegend) {
        this.shapes = shapes;
        this.classes = classes;
        this.legendLines = legendLines;
        this.mapLegend = mapLegend;
    }

    /** The same shading without the legend box on the map (a page or overlay legend lists the classes). */
    public ChoroplethLayer withoutMapLegend() {
        return mapLegend ? new ChoroplethLayer(shapes, classes, legendLines, false) : this;
    }

    public boolean hasMapLegend() {
        return mapLegend;
    }

    /** The metric shaded, the heading of the classes in a legend. */
    public String heading() {
        return classes.metric().label();
    }

    /** The text lines of the on-map legend, top to bottom (title, windows, source), for tests. */
    public static List<String> legendLines(Choropleth classes, AnalysisWindows w, String layerTitle) {
        List<String> lines = new ArrayList<>();
        lines.add(classes.metric().label());
        lines.add("Before: " + w.describe(w.before()));
        lines.add("After:  " + w.describe(w.after()));
        lines.add(layerTitle);
        return lines;
    }

    public List<String> legendLines() {
        return legendLines;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "District choropleth";
    }

    @Override
    public boolean dynamic() {
        return true;
    }

    @Override
    public List<LegendItem> legend() {
        List<LegendItem> items = new ArrayList<>();
        for (int k = 0; k < classes.captions().size(); k++) {
            items.add(new LegendItem(classes.captions().get(k), new Symbolizer.Fill(classes.swatches().get(k),
                    Color.GRAY, 0.5f, null)));
        }
        return items;
    }

    @Override
    public void paint(RenderContext ctx) {
        Viewport v = ctx.viewport();
        Graphics2D g = ctx.graphics();
        double upp = v.unitsPerPixel();
        g.setStroke(new BasicStroke(0.8f));
        shapes.features().query(v.worldEnvelope(), i -> {
            MapFeature f = shapes.features().feature(i);
            Path2D path = ScreenPaths.toPath(shapes.features().geometryFor(i, upp), v);
            g.setColor(Palettes.withAlpha(classes.colour(DistrictShapes.indexOf(f)), 165));
            g.fill(path);
            g.setColor(new Color(90, 90, 90, 160));
            g.draw(path);
        });
    }

    /** The legend box, over the markers, in the lower left above the scale bar. */
    @Override
    public void paintOverlay(RenderContext ctx) {
        if (mapLegend) {
            paintLegend(ctx.graphics(), ctx.viewport().heightPx());
        }
    }

    /**
     * The box: title, both windows, the layer's name, then the classes — in two columns when one
     * would not fit above the scale bar of a short map (a docked panel, a compare half).
     */
    private void paintLegend(Graphics2D g, int mapHeight) {
        int pad = 8;
        int swatch = 12;
        g.setFont(TEXT);
        FontMetrics fm = g.getFontMetrics();
        int line = fm.getHeight();
        int textWidth = 0;
        for (String s : legendLines) {
            textWidth = Math.max(textWidth, fm.stringWidth(s) + (s == legendLines.get(0) ? 20 : 0));
        }
        int classWidth = 0;
        for (String s : classes.captions()) {
            classWidth = Math.max(classWidth, swatch + 6 + fm.stringWidth(s));
        }
        int n = classes.captions().size();
        int oneColumn = line * (legendLines.size() + n) + pad * 2 + 4;
        int columns = oneColumn > mapHeight - 100 && n > 3 ? 2 : 1;
        int rows = (n + columns - 1) / columns;
        int colGap = 14;
        int width = Math.max(textWidth, columns * classWidth + (columns - 1) * colGap);
        int height = line * (legendLines.size() + rows) + pad * 2 + 4;
        int x = 12;
        int y = Math.max(12, mapHeight - 60 - height);
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRoundRect(x, y, width + pad * 2, height, 8, 8);
        g.setColor(new Color(120, 120, 120));
        g.setStroke(new BasicStroke(1f));
        g.drawRoundRect(x, y, width + pad * 2, height, 8, 8);
        int ty = y + pad + fm.getAscent();
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString(legendLines.get(0), x + pad, ty);
        g.setFont(TEXT);
        for (int k = 1; k < legendLines.size(); k++) {
            ty += line;
            g.setColor(k == legendLines.size() - 1 ? new Color(90, 90, 90) : Color.BLACK);
            g.drawString(legendLines.get(k), x + pad, ty);
        }
        int top = ty + 4;
        for (int k = 0; k < n; k++) {
            int cx = x + pad + (k / rows) * (classWidth + colGap);
            int cy = top + line * (k % rows + 1);
            g.setColor(classes.swatches().get(k));
            g.fillRect(cx, cy - swatch + 2, swatch, swatch);
            g.setColor(Color.GRAY);
            g.drawRect(cx, cy - swatch + 2, swatch, swatch);
            g.setColor(Color.BLACK);
            g.drawString(classes.captions().get(k), cx + swatch + 6, cy);
        }
    }
}
