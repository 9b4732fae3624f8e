package org.sitmap.io.gpkg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

class GeoPackageBlobTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Property(tries = 200)
    void pointRoundTrip(@ForAll @DoubleRange(min = -180, max = 180) double lonDeg,
            @ForAll @DoubleRange(min = -90, max = 90) double latDeg) throws Exception {
        Geometry point = FACTORY.createPoint(new Coordinate(lonDeg, latDeg));
        Geometry decoded = GeoPackageBlob.decode(GeoPackageBlob.encode(point, 4326));
        assertTrue(point.equalsExact(decoded), () -> point + " != " + decoded);
        assertEquals(4326, decoded.getSRID());
    }

    @Property(tries = 200)
    void polygonRoundTripWithEnvelope(@ForAll @DoubleRange(min = -170, max = 170) double lonDeg,
            @ForAll @DoubleRange(min = -80, max = 80) double latDeg,
            @ForAll @DoubleRange(min = 0.001, max = 9) @Scale(6) double radiusDeg,
            @ForAll @IntRange(min = 3, max = 40) int sides) throws Exception {
        Coordinate[] ring = new Coordinate[sides + 1];
        for (int i = 0; i < sides; i++) {
            double angle = 2 * Math.PI * i / sides;
            ring[i] = new Coordinate(lonDeg + radiusDeg * Math.cos(angle), latDeg + radiusDeg * Math.sin(angle));
        }
        ring[sides] = ring[0];
        Geometry polygon = FACTORY.createPolygon(ring);
        byte[] blob = GeoPackageBlob.encode(polygon, 4326);
        ByteBuffer header = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x03, blob[3], "flags: little endian, envelope type 1");
        assertEquals(polygon.getEnvelopeInternal().getMinX(), header.getDouble(8));
        assertEquals(polygon.getEnvelopeInternal().getMaxX(), header.getDouble(16));
        assertEquals(polygon.getEnvelopeInternal().getMinY(), header.getDouble(24));
        assertEquals(polygon.getEnvelopeInternal().getMaxY(), header.getDouble(32));
        assertTrue(polygon.equalsExact(GeoPackageBlob.decode(blob)));
    }

    @Test
    void emptyGeometrySetsEmptyFlagAndNoEnvelope() throws Exception {
        byte[] blob = GeoPackageBlob.encode(FACTORY.createPolygon(), 4326);
        assertEquals(0x11, blob[3]);
        assertTrue(GeoPackageBlob.decode(blob).isEmpty());
    }

    @Test
    void decodesBigEndianHeaderAndEveryEnvelopeType() throws Exception {
        Geometry line = new WKTReader().read("LINESTRING (74.3 32.8, 75.3 32.3)");
        byte[] wkb = new WKBWriter(2, ByteOrderValues.BIG_ENDIAN).write(line);
        int[] doubles = {0, 4, 6, 6, 8};
        for (int type = 0; type <= 4; type++) {
            ByteBuffer blob = ByteBuffer.allocate(8 + 8 * doubles[type] + wkb.length).order(ByteOrder.BIG_ENDIAN);
            blob.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) (type << 1)).putInt(32643);
            for (int i = 0; i < doubles[type]; i++) {
                blob.putDouble(-1.0);
            }
            blob.put(wkb);
            Geometry decoded = GeoPackageBlob.decode(blob.array());
            assertTrue(line.equalsExact(decoded), "envelope type " + type);
            assertEquals(32643, decoded.getSRID(), "envelope type " + type);
        }
    }

    @Test
    void rejectsGarbageWithClearMessages() {
        assertMessage("too short", new byte[] {'G', 'P'});
        assertMessage("missing 'GP' magic", "not a geometry blob".getBytes());
        assertMessage("unsupported version 1", new byte[] {'G', 'P', 1, 1, 0, 0, 0, 0, 0});
        assertMessage("invalid envelope type 5", new byte[] {'G', 'P', 0, 0x0B, 0, 0, 0, 0, 0});
        assertMessage("invalid WKB", new byte[] {'G', 'P', 0, 1, 0, 0, 0, 0, 1, 99, 0, 0, 0});
    }

    @Test
    void encodeWritesLittleEndianWkbAfterTheHeader() {
        Geometry point = FACTORY.createPoint(new Coordinate(74.0, 34.0));
        byte[] blob = GeoPackageBlob.encode(point, 4326);
        byte[] expectedWkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(point);
        byte[] wkb = java.util.Arrays.copyOfRange(blob, 40, blob.length);
        assertArrayEquals(expectedWkb, wkb);
        assertEquals(4326, ByteBuffer.wrap(blob, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    private static void assertMessage(String expectedPart, byte[] blob) {
        GeoPackageException e = assertThrows(GeoPackageException.class, () -> GeoPackageBlob.decode(blob));
        assertTrue(e.getMessage().startsWith("geometry blob: ") && e.getMessage().contains(expectedPart),
                e.getMessage());
    }
}
