package org.sitmap.districts;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.sitmap.map.projection.MapProjection;

/**
 * Point-in-polygon lookups in map units (the incident table's projected x/y): which district of
 * a list contains a point (STRtree over the projected polygons, each prepared once), and which
 * side administers it. Straight edges in Web Mercator differ from straight edges in lon/lat by
 * metres at district scale; the map draws the same projected edges, so a point shown inside a
 * district is counted in it. Immutable after construction; thread-safe for queries.
 */
public final class DistrictIndex {

    private final STRtree tree = new STRtree();
    private final PreparedGeometry india;
    private final PreparedGeometry pakistan;
    private final GeometryFactory factory = new GeometryFactory();

    private record Entry(int index, PreparedGeometry polygon) {
    }

    public DistrictIndex(List<District> districts, LocGeography geography, MapProjection projection) {
        for (int i = 0; i < districts.size(); i++) {
            District d = districts.get(i);
            if (d.hasPolygon()) {
                Geometry g = projection.project(d.lonLat());
                tree.insert(g.getEnvelopeInternal(), new Entry(i, PreparedGeometryFactory.prepare(g)));
            }
        }
        tree.build();
        india = geography.indiaLand() == null ? null
                : PreparedGeometryFactory.prepare(projection.project(geography.indiaLand()));
        pakistan = geography.pakistanLand() == null ? null
                : PreparedGeometryFactory.prepare(projection.project(geography.pakistanLand()));
    }

    /** The index (into the list given) of the first district containing the point, or -1. */
    public int districtAt(double x, double y) {
        Point p = factory.createPoint(new Coordinate(x, y));
        int best = -1;
        for (Object o : tree.query(p.getEnvelopeInternal())) {
            Entry e = (Entry) o;
            if ((best < 0 || e.index < best) && e.polygon.covers(p)) {
                best = e.index;
            }
        }
        return best;
    }

    /** {@code IN}, {@code PK}, or "" when neither side's land holds the point. */
    public String sideAt(double x, double y) {
        Point p = factory.createPoint(new Coordinate(x, y));
        if (india != null && india.covers(p)) {
            return Sides.INDIA;
        }
        if (pakistan != null && pakistan.covers(p)) {
            return Sides.PAKISTAN;
        }
        return "";
    }
}
