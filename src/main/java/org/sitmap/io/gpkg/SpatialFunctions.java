package org.sitmap.io.gpkg;

import java.sql.Connection;
import java.sql.SQLException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sqlite.Function;

/**
 * Registers the SQL functions that GeoPackage R-tree triggers call ({@code ST_IsEmpty},
 * {@code ST_MinX}, {@code ST_MaxX}, {@code ST_MinY}, {@code ST_MaxY}) on a sqlite-jdbc connection.
 * GDAL-made files carry such triggers, and plain SQLite fails on insert with "no such function:
 * ST_IsEmpty" without them. Each function reads the blob's envelope header when present and
 * decodes the WKB only otherwise. The functions are stateless; register once per connection.
 */
public final class SpatialFunctions {

    private SpatialFunctions() {
    }

    public static void register(Connection connection) throws SQLException {
        Function.create(connection, "ST_IsEmpty", new EnvelopeFunction(-1));
        Function.create(connection, "ST_MinX", new EnvelopeFunction(0));
        Function.create(connection, "ST_MaxX", new EnvelopeFunction(1));
        Function.create(connection, "ST_MinY", new EnvelopeFunction(2));
        Function.create(connection, "ST_MaxY", new EnvelopeFunction(3));
    }

    /** One function: which = -1 for ST_IsEmpty, else 0..3 for minx, maxx, miny, maxy. */
    private static final class EnvelopeFunction extends Function {
        private final int which;

        EnvelopeFunction(int which) {
            this.which = which;
        }

        @Override
        protected void xFunc() throws SQLException {
            if (args() != 1) {
                throw new SQLException("expected one geometry argument");
            }
            byte[] blob = value_blob(0);
            if (blob == null) {
                result();
                return;
            }
            Envelope e;
            try {
                e = envelopeOf(blob);
            } catch (GeoPackageException ex) {
                throw new SQLException(ex.getMessage(), ex);
            }
            if (which < 0) {
                result(e == null || e.isNull() ? 1 : 0);
            } else if (e == null || e.isNull()) {
                result();
            } else {
                result(switch (which) {
                    case 0 -> e.getMinX();
                    case 1 -> e.getMaxX();
                    case 2 -> e.getMinY();
                    default -> e.getMaxY();
                });
            }
        }
    }

    static Envelope envelopeOf(byte[] blob) throws GeoPackageException {
        Envelope header = GeoPackageBlob.headerEnvelope(blob);
        if (header != null) {
            return header;
        }
        Geometry g = GeoPackageBlob.decode(blob);
        return g == null || g.isEmpty() ? null : g.getEnvelopeInternal();
    }
}
