package org.sitmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.districts.District;
import org.sitmap.districts.DistrictAnalysis;
import org.sitmap.districts.DistrictLayer;
import org.sitmap.districts.LocGeography;
import org.sitmap.editing.IncidentDraft;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.map.projection.WebMercator;

class PlaceLookupTest {

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return new GeometryFactory().createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
                new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    private static final DistrictLayer LAYER = new DistrictLayer("Official (test)", false, List.of(
            new District("Poonch", "IN", "Jammu and Kashmir", box(73.9, 33.5, 74.4, 33.9), "Punch"),
            new District("Rajouri", "IN", "Jammu and Kashmir", box(74.0, 33.0, 74.6, 33.5), "Rajauri")), "");
    /** The lookup the app passes: the prepared analysis's own index over the loaded layer. */
    private static final BiFunction<Double, Double, District> OFFICIAL = DistrictAnalysis.prepare(
            IncidentTable.empty(), LAYER, new LocGeography(null, null, null), WebMercator.INSTANCE)::districtAt;

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
