package org.sitmap.map.render;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.map.Viewport;

/**
 * Turns projected JTS geometries into Java2D paths in screen pixels for one viewport. Stateless;
 * the path is built directly from the coordinate sequences without intermediate objects.
 */
public final class ScreenPaths {

    private ScreenPaths() {
    }

    public static Path2D.Double toPath(Geometry g, Viewport v) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(path, g, v);
        return path;
    }

    private static void append(Path2D.Double path, Geometry g, Viewport v) {
        if (g instanceof Polygon p) {
            appendRing(path, p.getExteriorRing().getCoordinateSequence(), v, true);
            for (int r = 0; r < p.getNumInteriorRing(); r++) {
                appendRing(path, p.getInteriorRingN(r).getCoordinateSequence(), v, true);
            }
        } else if (g instanceof LineString l) {
            appendRing(path, l.getCoordinateSequence(), v, false);
        } else if (g.getNumGeometries() > 1 || g.getGeometryN(0) != g) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                append(path, g.getGeometryN(i), v);
            }
        }
    }

    private static void appendRing(Path2D.Double path, CoordinateSequence seq, Viewport v, boolean close) {
        int n = seq.size();
        if (n == 0) {
            return;
        }
        path.moveTo(v.screenX(seq.getX(0)), v.screenY(seq.getY(0)));
        for (int i = 1; i < n; i++) {
            path.lineTo(v.screenX(seq.getX(i)), v.screenY(seq.getY(i)));
        }
        if (close) {
            path.closePath();
        }
    }
}
