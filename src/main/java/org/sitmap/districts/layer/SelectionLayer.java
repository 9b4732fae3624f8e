package org.sitmap.districts.layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import org.sitmap.map.layer.Layer;
import org.sitmap.map.render.RenderContext;
import org.sitmap.map.render.ScreenPaths;
import org.sitmap.map.style.LegendItem;

/** The selected district's outline (a bright double stroke). Dynamic; immutable. */
public final class SelectionLayer implements Layer {

    public static final String ID = "district-selection";
    private final DistrictShapes shapes;
    private final int district;

    public SelectionLayer(DistrictShapes shapes, int district) {
        this.shapes = shapes;
        this.district = district;
    }

    public int district() {
        return district;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Selected district";
    }

    @Override
    public boolean dynamic() {
        return true;
    }

    @Override
    public List<LegendItem> legend() {
        return List.of();
    }

    @Override
    public void paint(RenderContext ctx) {
        Graphics2D g = ctx.graphics();
        double upp = ctx.viewport().unitsPerPixel();
        shapes.features().query(ctx.viewport().worldEnvelope(), i -> {
            if (DistrictShapes.indexOf(shapes.features().feature(i)) == district) {
                var path = ScreenPaths.toPath(shapes.features().geometryFor(i, upp), ctx.viewport());
                g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(new Color(255, 255, 255, 200));
                g.draw(path);
                g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(new Color(0x00, 0x6d, 0xdb));
                g.draw(path);
            }
        });
    }
}
