package org.sitmap.districts.io;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.districts.District;
import org.sitmap.districts.DistrictLayer;
import org.sitmap.io.gpkg.GeoPackageBlob;
import org.sitmap.io.gpkg.GeoPackageException;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.io.store.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * Keeps loaded district boundaries in the incident GeoPackage, so the next open uses them: the
 * feature table {@value #TABLE} (MULTIPOLYGON, EPSG:4326; district, side, source name, source
 * file, name field, kept area share), registered in {@code gpkg_contents} and
 * {@code gpkg_geometry_columns}, its description holding the layer title and note. Saving replaces
 * the table's rows in one transaction (created on first save); nothing is half-written. The file
 * is checked to be a Sitmap incident file first. Disk and SQL: call from a worker. Stateless.
 */
public final class DistrictBoundaryStore {

    public static final String TABLE = "district_boundaries";

    private DistrictBoundaryStore() {
    }

    public static void save(Path incidentFile, DistrictLayer layer) throws StoreException {
        try (IncidentStore check = IncidentStore.openReadOnly(incidentFile)) {
            check.file();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5_000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + incidentFile.toAbsolutePath())) {
            c.setAutoCommit(false);
            try {
                write(c, layer);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(incidentFile + ": saving district boundaries failed (" + e.getMessage()
                    + "). The file was not changed.", e);
        }
    }

    private static void write(Connection c, DistrictLayer layer) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " geom MULTIPOLYGON, district TEXT NOT NULL, side TEXT NOT NULL, source_name TEXT,"
                    + " admin1 TEXT, saved_utc DATETIME NOT NULL)");
            s.execute("DELETE FROM " + TABLE);
            s.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = '" + TABLE + "'");
            s.execute("DELETE FROM gpkg_contents WHERE table_name = '" + TABLE + "'");
        }
        Envelope extent = new Envelope();
        String now = Instant.now().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                + " (geom, district, side, source_name, admin1, saved_utc) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (District d : layer.districts()) {
                if (!d.hasPolygon()) {
                    continue;
                }
                MultiPolygon g = multi(d.lonLat());
                extent.expandToInclude(g.getEnvelopeInternal());
                ps.setBytes(1, GeoPackageBlob.encode(g, 4326));
                ps.setString(2, d.name());
                ps.setString(3, d.side());
                ps.setString(4, d.sourceName());
                ps.setString(5, d.admin1());
                ps.setString(6, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier,"
                + " description, last_change, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?,"
                + " strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?, ?, ?, ?, 4326)")) {
            ps.setString(1, TABLE);
            ps.setString(2, "district boundaries");
            ps.setString(3, layer.title() + "\n" + layer.note());
            ps.setDouble(4, extent.getMinX());
            ps.setDouble(5, extent.getMinY());
            ps.setDouble(6, extent.getMaxX());
            ps.setDouble(7, extent.getMaxY());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_geometry_columns (table_name, column_name,"
                + " geometry_type_name, srs_id, z, m) VALUES (?, 'geom', 'MULTIPOLYGON', 4326, 0, 0)")) {
            ps.setString(1, TABLE);
            ps.executeUpdate();
        }
    }

    /** The boundaries saved in an incident file, or null when it has none. */
    public static DistrictLayer load(Path incidentFile) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + incidentFile.toAbsolutePath())) {
            String description;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(description, '') FROM gpkg_contents WHERE table_name = ?")) {
                ps.setString(1, TABLE);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    description = rs.getString(1);
                }
            }
            List<District> districts = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT geom, district, side, source_name, admin1 FROM " + TABLE
                         + " ORDER BY fid")) {
                while (rs.next()) {
                    Geometry g = GeoPackageBlob.decode(rs.getBytes(1));
                    districts.add(new District(rs.getString(2), rs.getString(3), rs.getString(5), g, rs.getString(4)));
                }
            }
            String[] lines = description.split("\n", 2);
            return new DistrictLayer(lines[0] + " (saved in " + incidentFile.getFileName() + ")", false, districts,
                    lines.length > 1 ? lines[1] : "");
        } catch (SQLException | GeoPackageException e) {
            throw new StoreException(incidentFile + ": reading district boundaries failed (" + e.getMessage() + ")", e);
        }
    }

    private static MultiPolygon multi(Geometry g) {
        GeometryFactory f = g.getFactory();
        if (g instanceof MultiPolygon m) {
            return m;
        }
        if (g instanceof Polygon p) {
            return f.createMultiPolygon(new Polygon[] {p});
        }
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                parts.add(p);
            } else if (g.getGeometryN(i) instanceof MultiPolygon mp) {
                for (int k = 0; k < mp.getNumGeometries(); k++) {
                    parts.add((Polygon) mp.getGeometryN(k));
                }
            }
        }
        return f.createMultiPolygon(parts.toArray(new Polygon[0]));
    }
}
