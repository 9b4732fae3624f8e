package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Compares our {@code loc}, {@code working_boundary} and {@code international_border} lines with
 * Natural Earth's own boundary-lines file. Distances are geodesic metres (see
 * {@link BasemapLayers#distanceM}).
 */
class BasemapLocTest {
    private static final double MAX_OFFSET_M = 1000.0;
    private static final Coordinate NJ9842 = new Coordinate(77.0498, 35.1111);
    private static final Coordinate WB_START = new Coordinate(74.307, 32.810);
    private static final Coordinate WB_END = new Coordinate(75.298, 32.332);

    /** Natural Earth's India–Pakistan "Line of control" feature that starts at NJ9842 (the other one is the WB). */
    private static Geometry naturalEarthLoc() throws Exception {
        List<Map.Entry<String, Geometry>> lines = BasemapLayers.geoJson(
                BasemapLayers.fixture("naturalearth/ne_10m_admin_0_boundary_lines_land.json"), "featurecla");
        Geometry best = null;
        for (Map.Entry<String, Geometry> line : lines) {
            if (line.getKey().startsWith("Line of control")
                    && BasemapLayers.distanceM(NJ9842, line.getValue()) < MAX_OFFSET_M) {
                best = line.getValue();
            }
        }
        assertTrue(best != null, "Natural Earth LoC feature through NJ9842 not found");
        return best;
    }

    @Test
    void everyLocVertexIsWithinOneKilometreOfNaturalEarthLoc() throws Exception {
        Geometry ne = naturalEarthLoc();
        Geometry loc = BasemapLayers.boundary(BasemapSchema.CLASS_LOC);
        double maxM = 0;
        Coordinate worst = null;
        for (Coordinate vertex : loc.getCoordinates()) {
            double distanceM = BasemapLayers.distanceM(vertex, ne);
            if (distanceM > maxM) {
                maxM = distanceM;
                worst = vertex;
            }
        }
        System.out.printf("LoC: %d vertices, max distance to Natural Earth LoC = %.1f m at %s%n",
                loc.getNumPoints(), maxM, worst);
        assertTrue(maxM <= MAX_OFFSET_M, "max distance " + maxM + " m at " + worst);
        assertTrue(loc.getNumPoints() > 50, "LoC suspiciously coarse: " + loc.getNumPoints() + " vertices");
    }

    @Test
    void locRunsFromNj9842ToTheWorkingBoundary() throws Exception {
        LineString loc = single(BasemapLayers.boundary(BasemapSchema.CLASS_LOC));
        double startM = BasemapLayers.distanceM(NJ9842, BasemapLayers.FACTORY.createPoint(loc.getCoordinateN(0)));
        double endM = BasemapLayers.distanceM(WB_START,
                BasemapLayers.FACTORY.createPoint(loc.getCoordinateN(loc.getNumPoints() - 1)));
        System.out.printf("LoC start %.0f m from NJ9842, end %.0f m from 74.307E 32.810N%n", startM, endM);
        assertTrue(startM < MAX_OFFSET_M, "LoC starts " + startM + " m from NJ9842");
        assertTrue(endM < MAX_OFFSET_M, "LoC ends " + endM + " m from the WB start");
    }

    @Test
    void workingBoundaryAndInternationalBorderSplit() throws Exception {
        LineString loc = single(BasemapLayers.boundary(BasemapSchema.CLASS_LOC));
        LineString wb = single(BasemapLayers.boundary(BasemapSchema.CLASS_WORKING_BOUNDARY));
        LineString ib = single(BasemapLayers.boundary(BasemapSchema.CLASS_INTERNATIONAL_BORDER));
        assertTrue(BasemapLayers.distanceM(WB_START, wb.getStartPoint()) < MAX_OFFSET_M, "WB start");
        assertTrue(BasemapLayers.distanceM(WB_END, wb.getEndPoint()) < MAX_OFFSET_M, "WB end");
        assertEquals(loc.getEndPoint().getCoordinate(), wb.getStartPoint().getCoordinate(), "LoC end = WB start");
        assertEquals(wb.getEndPoint().getCoordinate(), ib.getStartPoint().getCoordinate(), "WB end = IB start");
        for (Coordinate c : ib.getCoordinates()) {
            assertTrue(c.y < 32.34, "IB vertex north of 32.34N: " + c);
        }
        Coordinate wbStart = wb.getCoordinateN(0);
        for (Coordinate c : loc.getCoordinates()) {
            assertTrue(c.y >= wbStart.y - 1e-9, "LoC vertex south of the WB start: " + c);
            assertTrue(c.y > wbStart.y || c.x <= wbStart.x + 1e-9, "LoC vertex south-east of the WB start: " + c);
        }
        for (Coordinate c : wb.getCoordinates()) {
            assertTrue(c.y <= wbStart.y + 0.05 && c.x >= wbStart.x - 1e-9, "WB vertex outside its span: " + c);
        }
    }

    @Test
    void locHasIndiaOnTheLeftAndPakistanOnTheRight() throws Exception {
        var loc = BasemapLayers.layer(BasemapSchema.BOUNDARIES,
                f -> BasemapSchema.CLASS_LOC.equals(f.attributes().get("class"))).get(0);
        assertEquals("Line of Control", loc.attributes().get("name"));
        assertEquals("India", loc.attributes().get("left_country"));
        assertEquals("Pakistan", loc.attributes().get("right_country"));
    }

    private static LineString single(Geometry geometry) {
        assertEquals(1, geometry.getNumGeometries(), "expected one continuous line");
        return (LineString) geometry.getGeometryN(0);
    }
}
