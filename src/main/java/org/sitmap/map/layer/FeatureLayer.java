package org.sitmap.map.layer;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Lineal;
import org.sitmap.map.Viewport;
import org.sitmap.map.render.LabelPlacer;
import org.sitmap.map.render.LinePlacement;
import org.sitmap.map.render.RenderContext;
import org.sitmap.map.render.ScreenPaths;
import org.sitmap.map.style.FeatureStyle;
import org.sitmap.map.style.LabelSpec;
import org.sitmap.map.style.LegendItem;
import org.sitmap.map.style.Symbolizer;

/**
 * A vector layer: a {@link FeatureSet} drawn with a {@link FeatureStyle}. Only features whose
 * envelope meets the viewport are visited (STRtree culling), each at the simplification level
 * that suits the resolution. Immutable; safe to paint from a worker thread.
 */
public final class FeatureLayer implements Layer {

    private final String id;
    private final String title;
    private final FeatureSet data;
    private final FeatureStyle style;

    public FeatureLayer(String id, String title, FeatureSet data, FeatureStyle style) {
        this.id = id;
        this.title = title;
        this.data = data;
        this.style = style;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    public FeatureSet data() {
        return data;
    }

    @Override
    public List<LegendItem> legend() {
        return style.legend();
    }

    @Override
    public void paint(RenderContext ctx) {
        Viewport v = ctx.viewport();
        Graphics2D g = ctx.graphics();
        double upp = v.unitsPerPixel();
        data.query(v.worldEnvelope(), i -> {
            if (ctx.isCancelled()) {
                return;
            }
            MapFeature f = data.feature(i);
            Symbolizer sym = style.symbolizer(f, upp);
            Geometry geom = data.geometryFor(i, upp);
            if (sym != null) {
                if (geom instanceof Point p) {
                    double x = v.screenX(p.getX());
                    double y = v.screenY(p.getY());
                    sym.paint(g, null, x, y);
                    ctx.labels().reserve(new Rectangle2D.Double(x - 2, y - 2, 4, 4));
                } else {
                    Path2D path = ScreenPaths.toPath(geom, v);
                    sym.paint(g, path, 0, 0);
                }
            }
            LabelSpec label = style.label(f, upp);
            if (label != null) {
                offerLabel(ctx, label, geom, v, i);
            }
        });
    }

    private void offerLabel(RenderContext ctx, LabelSpec label, Geometry geom, Viewport v, int featureIndex) {
        LabelPlacer placer = ctx.labels();
        switch (label.placement()) {
            case ALONG_LINE -> {
                if (geom instanceof Lineal) {
                    for (LabelPlacer.Candidate c : LinePlacement.along(geom, v, label, placer.textWidth(label))) {
                        placer.offer(label, List.of(c));
                    }
                }
            }
            case INTERIOR -> {
                if (geom instanceof Polygonal && !geom.isEmpty()) {
                    Point p = data.labelPoint(featureIndex);
                    placer.offer(label, List.of(new LabelPlacer.Candidate(label, v.screenX(p.getX()), v.screenY(p.getY()), 0, true)));
                }
            }
            case BESIDE_POINT -> {
                if (geom instanceof Point p) {
                    double x = v.screenX(p.getX());
                    double y = v.screenY(p.getY());
                    double w = placer.textWidth(label);
                    double gap = 5;
                    List<LabelPlacer.Candidate> positions = new ArrayList<>(4);
                    positions.add(new LabelPlacer.Candidate(label, x + gap, y, 0, false));
                    positions.add(new LabelPlacer.Candidate(label, x - gap - w, y, 0, false));
                    positions.add(new LabelPlacer.Candidate(label, x, y - label.font().getSize2D(), 0, true));
                    positions.add(new LabelPlacer.Candidate(label, x, y + label.font().getSize2D(), 0, true));
                    placer.offer(label, positions);
                }
            }
            default -> throw new IllegalStateException("unknown placement " + label.placement());
        }
    }
}
