package org.sitmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.districts.District;
import org.sitmap.districts.DistrictLayer;
import org.sitmap.editing.IncidentDraft;

class PlaceLookupTest {

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
                new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    private static final DistrictLayer OFFICIAL = new DistrictLayer("Official (test)", false, List.of(
            new District("Poonch", "IN", "Jammu and Kashmir", box(73.9, 33.5, 74.4, 33.9), "Punch"),
            new District("Rajouri", "IN", "Jammu and Kashmir", box(74.0, 33.0, 74.6, 33.5), "Rajauri")), "");

    @Test
    void theDistrictComesFromTheLoadedLayerThatHoldsThePoint() {
        IncidentDraft d = new IncidentDraft();
        PlaceLookup.fillFrom(d, 74.25, 33.76, null, OFFICIAL);
        assertEquals("Poonch", d.district);
        assertEquals("Jammu and Kashmir", d.admin1);
        IncidentDraft r = new IncidentDraft();
        PlaceLookup.fillFrom(r, 74.3, 33.2, null, OFFICIAL);
        assertEquals("Rajouri", r.district);
    }

    @Test
    void aPointOutsideEveryDistrictLeavesTheDistrictEmpty() {
        IncidentDraft d = new IncidentDraft();
        PlaceLookup.fillFrom(d, 76.0, 34.5, null, OFFICIAL);
        assertEquals("", d.district);
        assertEquals("", d.admin1);
    }
}
