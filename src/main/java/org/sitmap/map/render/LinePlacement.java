package org.sitmap.map.render;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.sitmap.map.Viewport;
import org.sitmap.map.style.LabelSpec;

/**
 * Finds where a label can run along a line on screen: straight stretches of the line (after
 * screen-space simplification) long enough for the text, spaced apart so a long boundary is
 * labelled a few times rather than once or everywhere. Stateless.
 */
public final class LinePlacement {

    private static final double[] SCREEN_TOLERANCES_PX = {2, 6, 14, 24};
    private static final double MIN_SPACING_PX = 420;

    private LinePlacement() {
    }

    public static List<LabelPlacer.Candidate> along(Geometry projected, Viewport v, LabelSpec spec, double textWidthPx) {
        GeometryFactory gf = projected.getFactory();
        List<LabelPlacer.Candidate> out = new ArrayList<>();
        for (int part = 0; part < projected.getNumGeometries(); part++) {
            if (!(projected.getGeometryN(part) instanceof LineString line)) {
                continue;
            }
            Coordinate[] screen = new Coordinate[line.getNumPoints()];
            for (int i = 0; i < screen.length; i++) {
                Coordinate c = line.getCoordinateN(i);
                screen[i] = new Coordinate(v.screenX(c.x), v.screenY(c.y));
            }
            if (screen.length < 2) {
                continue;
            }
            LineString onScreen = gf.createLineString(screen);
            for (double tol : SCREEN_TOLERANCES_PX) {
                List<LabelPlacer.Candidate> found = stretches(DouglasPeuckerSimplifier.simplify(onScreen, tol), spec, textWidthPx, v);
                if (!found.isEmpty()) {
                    out.addAll(found);
                    break;
                }
            }
        }
        return out;
    }

    private static List<LabelPlacer.Candidate> stretches(Geometry simplified, LabelSpec spec, double textWidthPx, Viewport v) {
        List<LabelPlacer.Candidate> out = new ArrayList<>();
        Coordinate[] pts = simplified.getCoordinates();
        for (int i = 0; i + 1 < pts.length; i++) {
            Coordinate a = pts[i];
            Coordinate b = pts[i + 1];
            double len = a.distance(b);
            if (len < textWidthPx + 16) {
                continue;
            }
            double mx = (a.x + b.x) / 2;
            double my = (a.y + b.y) / 2;
            if (mx < 0 || my < 0 || mx > v.widthPx() || my > v.heightPx() || tooClose(out, mx, my)) {
                continue;
            }
            double angle = Math.atan2(b.y - a.y, b.x - a.x);
            if (angle > Math.PI / 2) {
                angle -= Math.PI;
            } else if (angle < -Math.PI / 2) {
                angle += Math.PI;
            }
            double nx = -Math.sin(angle);
            double ny = Math.cos(angle);
            double offset = spec.font().getSize2D() * 0.85;
            out.add(new LabelPlacer.Candidate(spec, mx - nx * offset, my - ny * offset, angle, true));
        }
        return out;
    }

    private static boolean tooClose(List<LabelPlacer.Candidate> placed, double x, double y) {
        for (LabelPlacer.Candidate c : placed) {
            if (Math.hypot(c.x() - x, c.y() - y) < MIN_SPACING_PX) {
                return true;
            }
        }
        return false;
    }
}
