package org.sitmap.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.io.gpkg.GeoPackageBlob;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.gpkg.RtreeBulkLoader;

/**
 * Brings the incidents R-tree up to date after an import, inside the import's transaction. A
 * small import inserts its points one by one; a large one ({@link #BULK_FROM} points or more)
 * rebuilds the whole tree from every row's geometry with {@link RtreeBulkLoader}, which is many
 * times faster than as many R*Tree inserts and gives a better-packed tree. Stateless.
 */
final class SpatialIndexUpdate {

    static final int BULK_FROM = 5_000;

    private SpatialIndexUpdate() {
    }

    static void apply(Connection c, String rtree, long[] fid, double[] lon, double[] lat, int n) throws SQLException {
        if (n >= BULK_FROM) {
            RtreeBulkLoader.write(c, rtree, allRows(c));
            return;
        }
        try (PreparedStatement index = c.prepareStatement("INSERT INTO " + rtree + " VALUES (?, ?, ?, ?, ?)")) {
            for (int k = 0; k < n; k++) {
                index.setLong(1, fid[k]);
                index.setDouble(2, lon[k]);
                index.setDouble(3, lon[k]);
                index.setDouble(4, lat[k]);
                index.setDouble(5, lat[k]);
                index.addBatch();
            }
            index.executeBatch();
        }
    }

    /** Every row's envelope, read from the geometry blobs (the authority the R-tree mirrors). */
    private static RtreeBulkLoader.Entries allRows(Connection c) throws SQLException {
        int count;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + IncidentSchema.INCIDENTS + " WHERE geom IS NOT NULL")) {
            rs.next();
            count = rs.getInt(1);
        }
        RtreeBulkLoader.Entries e = RtreeBulkLoader.allocate(count);
        int n = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT fid, geom FROM " + IncidentSchema.INCIDENTS + " WHERE geom IS NOT NULL")) {
            while (rs.next() && n < count) {
                Envelope env;
                try {
                    env = GeoPackageBlob.headerEnvelope(rs.getBytes(2));
                    if (env == null) {
                        var g = GeoPackageBlob.decode(rs.getBytes(2));
                        env = g == null || g.isEmpty() ? null : g.getEnvelopeInternal();
                    }
                } catch (GeoPackageException ex) {
                    throw new SQLException("incident " + rs.getLong(1) + ": " + ex.getMessage(), ex);
                }
                if (env == null) {
                    continue;
                }
                e.id()[n] = rs.getLong(1);
                e.minX()[n] = env.getMinX();
                e.maxX()[n] = env.getMaxX();
                e.minY()[n] = env.getMinY();
                e.maxY()[n] = env.getMaxY();
                n++;
            }
        }
        return new RtreeBulkLoader.Entries(e.id(), e.minX(), e.maxX(), e.minY(), e.maxY(), n);
    }
}
