package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class TopoJsonReaderTest {
    /**
     * Two unit squares sharing arc 0 (quantized, delta-encoded; B uses it reversed as ~0 = -1), and a
     * third country far away that the area of interest must exclude.
     */
    private static final String TOPOLOGY = """
            {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[70,30]},
             "arcs":[[[2,0],[0,2]],
                     [[2,2],[-2,0],[0,-2],[2,0]],
                     [[2,0],[2,0],[0,2],[-2,0]],
                     [[-140,-60],[1,0],[0,1],[-1,-1]]],
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","id":"356","properties":{"name":"A"},"arcs":[[0,1]]},
               {"type":"MultiPolygon","properties":{"name":"B"},"arcs":[[[-1,2]]]},
               {"type":"Polygon","id":"999","properties":{"name":"Far"},"arcs":[[3]]}]}}}
            """;

    @TempDir
    Path dir;

    @Test
    void decodesQuantizedDeltaArcsAndSharedOwners() throws Exception {
        Path file = Files.writeString(dir.resolve("countries-10m.json"), TOPOLOGY);
        Topology topology = new TopoJsonReader().read(file, new Envelope(66, 82, 23, 38.5));
        assertEquals(2, topology.countries().size(), "Far is outside the area of interest");
        Topology.Country a = topology.country("A");
        Topology.Country b = topology.country("B");
        assertEquals("356", a.isoN3());
        assertNull(b.isoN3());
        assertEquals(1.0, a.geometry().getArea(), 1e-12);
        assertEquals(new Envelope(71, 72, 30, 31), b.geometry().getEnvelopeInternal());
        assertTrue(a.geometry().isValid() && b.geometry().isValid());
        assertEquals(4326, a.geometry().getSRID());
        Topology.Arc shared = topology.arcs().get(0);
        assertEquals(Set.of("A", "B"), shared.countries());
        assertEquals(new Coordinate(71, 30), shared.line().getCoordinateN(0));
        assertEquals(new Coordinate(71, 31), shared.line().getCoordinateN(1));
        assertEquals(Set.of("A"), topology.arcs().get(1).countries());
        assertEquals(Set.of("Far"), topology.arcs().get(3).countries());
    }

    @Test
    void badInputNamesFileAndField() throws Exception {
        Path noTransform = Files.writeString(dir.resolve("countries-10m.json"),
                "{\"type\":\"Topology\",\"arcs\":[],\"objects\":{}}");
        BasemapException e = assertThrows(BasemapException.class,
                () -> new TopoJsonReader().read(noTransform, new Envelope(0, 1, 0, 1)));
        assertEquals("countries-10m.json: transform.scale: missing or not a pair of numbers", e.getMessage());

        Path badIndex = Files.writeString(dir.resolve("countries-10m.json"), TOPOLOGY.replace("[[0,1]]", "[[0,7]]"));
        e = assertThrows(BasemapException.class,
                () -> new TopoJsonReader().read(badIndex, new Envelope(0, 1, 0, 1)));
        assertEquals("countries-10m.json: country A: arc index 7 out of range (4 arcs)", e.getMessage());
    }
}
