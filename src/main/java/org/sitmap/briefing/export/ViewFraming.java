package org.sitmap.briefing.export;

import org.locationtech.jts.geom.Envelope;
import org.sitmap.briefing.MapExtent;
import org.sitmap.map.Viewport;
import org.sitmap.map.projection.MapProjection;

/**
 * Converts between a saved view's longitude/latitude extent and a {@link Viewport}: saving takes
 * what the screen shows, presenting and exporting fit that box whole into whatever screen or page
 * area they have (same centre; the resolution the box needs). Stateless.
 */
public final class ViewFraming {

    private ViewFraming() {
    }

    public static MapExtent extentOf(Viewport v, MapProjection p) {
        Envelope e = v.worldEnvelope();
        double lat = p.validLatitudeDeg();
        return new MapExtent(Math.max(-180, p.lonOf(e.getMinX())), Math.max(-lat, p.latOf(e.getMinY())),
                Math.min(180, p.lonOf(e.getMaxX())), Math.min(lat, p.latOf(e.getMaxY())));
    }

    public static Envelope worldOf(MapExtent x, MapProjection p) {
        return new Envelope(p.xOf(x.minLon()), p.xOf(x.maxLon()), p.yOf(x.minLat()), p.yOf(x.maxLat()));
    }

    /** The viewport of {@code widthPx × heightPx} that shows the whole extent, centred, without margin. */
    public static Viewport fit(MapExtent x, MapProjection p, int widthPx, int heightPx) {
        return Viewport.fit(worldOf(x, p), Math.max(1, widthPx), Math.max(1, heightPx), 0);
    }
}
