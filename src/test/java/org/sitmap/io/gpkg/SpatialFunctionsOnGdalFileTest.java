package org.sitmap.io.gpkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.sitmap.testsupport.TestPaths;

/**
 * A GeoPackage made by GDAL (the OGC test suite's sample with the R-tree extension), whose
 * triggers call ST_IsEmpty/ST_MinX/...: plain sqlite-jdbc cannot insert into it; with
 * {@link SpatialFunctions#register} it can, and the R-tree gets the right bounds. Works on a copy.
 */
class SpatialFunctionsOnGdalFileTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @TempDir
    Path dir;

    private Connection c;

    @BeforeEach
    void copyAndOpen() throws Exception {
        Path src = TestPaths.fixtures().resolve("gpkg/ets-gpkg12_gdal_sample_v1.2_spatial_index_extension.gpkg");
        Path copy = dir.resolve("gdal.gpkg");
        Files.copy(src, copy);
        copy.toFile().setWritable(true);
        c = DriverManager.getConnection("jdbc:sqlite:" + copy);
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long insertLine(byte[] blob) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO linestring2d (geom) VALUES (?)")) {
            ps.setBytes(1, blob);
            ps.executeUpdate();
        }
        return scalar("SELECT last_insert_rowid()");
    }

    private double[] rtreeRow(String rtree, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT minx, maxx, miny, maxy FROM " + rtree + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
            }
        }
    }

    /** The R-tree stores 32-bit floats rounded outwards: the box holds the true one within a float ulp. */
    private static void assertBounds(double minX, double maxX, double minY, double maxY, double[] r) {
        assertTrue(r != null, "no R-tree row");
        double tol = 1e-5;
        assertTrue(r[0] <= minX && minX - r[0] < tol, "minx " + r[0] + " for " + minX);
        assertTrue(r[1] >= maxX && r[1] - maxX < tol, "maxx " + r[1] + " for " + maxX);
        assertTrue(r[2] <= minY && minY - r[2] < tol, "miny " + r[2] + " for " + minY);
        assertTrue(r[3] >= maxY && r[3] - maxY < tol, "maxy " + r[3] + " for " + maxY);
    }

    private static LineString line() {
        return GF.createLineString(new Coordinate[] {
            new Coordinate(73.512345, 34.987654), new Coordinate(74.25, 33.125), new Coordinate(74.9, 34.2)});
    }

    /** A blob written by hand: header without an envelope (type 0), so the functions must parse the WKB. */
    private static byte[] blobWithoutEnvelope(LineString g, int srs, boolean bigEndian) {
        byte[] wkb = new WKBWriter(2, bigEndian ? ByteOrderValues.BIG_ENDIAN : ByteOrderValues.LITTLE_ENDIAN).write(g);
        ByteBuffer b = ByteBuffer.allocate(8 + wkb.length).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) (bigEndian ? 0x00 : 0x01)).putInt(srs).put(wkb);
        return b.array();
    }

    @Test
    void plainSqliteCannotInsertBecauseTheTriggersCallStFunctions() throws Exception {
        long before = scalar("SELECT count(*) FROM linestring2d");
        SQLException e = assertThrows(SQLException.class, () -> insertLine(GeoPackageBlob.encode(line(), 4326)));
        assertTrue(e.getMessage().contains("no such function: ST_"), e.getMessage());
        assertEquals(before, scalar("SELECT count(*) FROM linestring2d"), "the failed insert left nothing");
    }

    @Test
    void afterRegisteringInsertsSucceedAndTheRtreeHoldsTheBounds() throws Exception {
        SpatialFunctions.register(c);
        long rtreeBefore = scalar("SELECT count(*) FROM rtree_linestring2d_geom");
        long fid = insertLine(GeoPackageBlob.encode(line(), 4326));
        assertEquals(rtreeBefore + 1, scalar("SELECT count(*) FROM rtree_linestring2d_geom"));
        assertBounds(73.512345, 74.9, 33.125, 34.987654, rtreeRow("rtree_linestring2d_geom", fid));
    }

    @Test
    void boundsComeFromTheWkbWhenTheHeaderHasNoEnvelopeInEitherByteOrder() throws Exception {
        SpatialFunctions.register(c);
        long le = insertLine(blobWithoutEnvelope(line(), 4326, false));
        long be = insertLine(blobWithoutEnvelope(line(), 4326, true));
        assertBounds(73.512345, 74.9, 33.125, 34.987654, rtreeRow("rtree_linestring2d_geom", le));
        assertBounds(73.512345, 74.9, 33.125, 34.987654, rtreeRow("rtree_linestring2d_geom", be));
    }

    @Test
    void emptyAndNullGeometriesGetNoRtreeRow() throws Exception {
        SpatialFunctions.register(c);
        long empty = insertLine(GeoPackageBlob.encode(GF.createLineString(), 4326));
        long none = insertLine(null);
        assertEquals(null, rtreeRow("rtree_linestring2d_geom", empty));
        assertEquals(null, rtreeRow("rtree_linestring2d_geom", none));
    }

    @Test
    void updatingAGdalWrittenPointMovesItsRtreeRow() throws Exception {
        SpatialFunctions.register(c);
        // the GDAL-written point 1 is at (1, 2); the update triggers re-index it from the new blob
        assertBounds(1, 1, 2, 2, rtreeRow("rtree_point2d_geom", 1));
        try (PreparedStatement ps = c.prepareStatement("UPDATE point2d SET geom = ? WHERE fid = 1")) {
            ps.setBytes(1, GeoPackageBlob.encodePoint(74.5, 33.75, 0));
            assertEquals(1, ps.executeUpdate());
        }
        assertBounds(74.5, 74.5, 33.75, 33.75, rtreeRow("rtree_point2d_geom", 1));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM point2d WHERE fid = 1");
        }
        assertEquals(null, rtreeRow("rtree_point2d_geom", 1));
        assertFalse(scalar("SELECT count(*) FROM rtree_point2d_geom WHERE id = 1") > 0);
    }
}
