package org.sitmap.io.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;
import org.sitmap.io.gpkg.GeoPackageBlob;

/**
 * Maps {@link Incident}s to and from rows of the {@code incidents} table, in the column order of
 * {@link IncidentSchema#INCIDENT_COLUMNS}. Stateless and thread-safe; callers own the statements.
 */
final class IncidentRows {

    static final int SRS_ID = 4326;
    /** GeoPackage DATETIME form: ISO-8601 UTC with milliseconds. */
    static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    static final String SELECT_COLUMNS;
    static final String INSERT_SQL;
    /** geom and the incident's own columns, source_event_id to notes: what an edit writes. */
    static final java.util.List<String> DATA_COLUMNS;

    static {
        StringBuilder cols = new StringBuilder("fid, geom");
        StringBuilder marks = new StringBuilder("?");
        for (var c : IncidentSchema.INCIDENT_COLUMNS) {
            cols.append(", ").append(c.name());
            marks.append(", ?");
        }
        SELECT_COLUMNS = cols.toString();
        java.util.List<String> data = new java.util.ArrayList<>();
        data.add("geom");
        for (var c : IncidentSchema.INCIDENT_COLUMNS) {
            if (c.name().equals("import_batch")) {
                break;
            }
            data.add(c.name());
        }
        DATA_COLUMNS = java.util.List.copyOf(data);
        INSERT_SQL = "INSERT OR IGNORE INTO " + IncidentSchema.INCIDENTS + " (" + cols + ") VALUES (?, " + marks + ")";
    }

    private IncidentRows() {
    }

    /** Binds every column of an insert, with the fid the caller assigned. */
    static void bindInsert(PreparedStatement ps, long fid, Incident i, Long batch, String nowUtc) throws SQLException {
        ps.setLong(1, fid);
        int k = bindData(ps, 2, i);
        if (batch == null) {
            ps.setNull(k++, Types.INTEGER);
        } else {
            ps.setLong(k++, batch);
        }
        ps.setString(k++, nowUtc);
        ps.setString(k, nowUtc);
    }

    /**
     * Binds the incident's own columns, geom to notes ({@link #DATA_COLUMNS} in that order), from
     * parameter {@code k}; returns the next parameter index.
     */
    static int bindData(PreparedStatement ps, int k, Incident i) throws SQLException {
        ps.setBytes(k++, GeoPackageBlob.encodePoint(i.lon(), i.lat(), SRS_ID));
        setText(ps, k++, i.sourceEventId());
        ps.setString(k++, DATETIME.format(i.startUtc()));
        ps.setString(k++, DATETIME.format(i.endUtc()));
        ps.setLong(k++, i.startUtc().toEpochMilli());
        ps.setLong(k++, i.endUtc().toEpochMilli());
        ps.setString(k++, i.timePrecision().code());
        ps.setString(k++, i.reportZone().code());
        ps.setString(k++, i.type().code());
        setText(ps, k++, i.subType());
        setText(ps, k++, i.actor());
        setText(ps, k++, i.reportingSide());
        setText(ps, k++, i.admin1());
        setText(ps, k++, i.district());
        setText(ps, k++, i.location());
        setText(ps, k++, i.locationPrecisionScheme());
        setInt(ps, k++, i.locationPrecisionCode());
        setInt(ps, k++, i.killedTotal());
        setInt(ps, k++, i.killedCivilian());
        setInt(ps, k++, i.killedSecurity());
        setInt(ps, k++, i.injuredTotal());
        setInt(ps, k++, i.injuredCivilian());
        setInt(ps, k++, i.injuredSecurity());
        setText(ps, k++, i.sourceNames());
        setText(ps, k++, i.sourceUrls());
        setText(ps, k++, i.reliability() == null ? null : i.reliability().toString());
        setInt(ps, k++, i.credibility());
        setText(ps, k++, i.notes());
        return k;
    }

    /** Reads the row at the cursor of a query over {@link #SELECT_COLUMNS}. */
    static Incident read(ResultSet rs) throws SQLException, StoreException {
        long fid = rs.getLong(1);
        double[] lonLat = lonLat(rs.getBytes(2), fid);
        int k = 3;
        String sourceId = rs.getString(k++);
        k += 2; // the ISO text times mirror start_ms/end_ms, which are read instead
        Instant start = Instant.ofEpochMilli(rs.getLong(k++));
        Instant end = Instant.ofEpochMilli(rs.getLong(k++));
        String precision = rs.getString(k++);
        String zone = rs.getString(k++);
        String type = rs.getString(k++);
        return new Incident(fid, sourceId, start, end,
                TimePrecision.fromCode(precision).orElseThrow(() -> bad(fid, "time_precision", precision)),
                ReportZone.fromCode(zone).orElseThrow(() -> bad(fid, "report_zone", zone)),
                IncidentType.fromCode(type).orElse(IncidentType.OTHER),
                rs.getString(k++), rs.getString(k++), rs.getString(k++), rs.getString(k++), rs.getString(k++),
                rs.getString(k++), lonLat[0], lonLat[1], rs.getString(k++), integer(rs, k++),
                integer(rs, k++), integer(rs, k++), integer(rs, k++), integer(rs, k++), integer(rs, k++),
                integer(rs, k++), rs.getString(k++), rs.getString(k++), character(rs.getString(k++)),
                integer(rs, k++), rs.getString(k));
    }

    private static double[] lonLat(byte[] blob, long fid) throws StoreException {
        try {
            var e = GeoPackageBlob.headerEnvelope(blob);
            if (e == null) {
                var g = GeoPackageBlob.decode(blob);
                if (g == null || g.isEmpty()) {
                    throw new StoreException("incident " + fid + ": empty geometry");
                }
                e = g.getEnvelopeInternal();
            }
            return new double[] {e.getMinX(), e.getMinY()};
        } catch (org.sitmap.io.gpkg.GeoPackageException ex) {
            throw new StoreException("incident " + fid + ": field 'geom': " + ex.getMessage(), ex);
        }
    }

    private static StoreException bad(long fid, String field, String value) {
        return new StoreException("incident " + fid + ": field '" + field + "': unknown value '" + value + "'");
    }

    private static Integer integer(ResultSet rs, int k) throws SQLException {
        int v = rs.getInt(k);
        return rs.wasNull() ? null : v;
    }

    private static Character character(String s) {
        return s == null || s.isEmpty() ? null : s.charAt(0);
    }

    private static void setText(PreparedStatement ps, int k, String v) throws SQLException {
        if (v == null) {
            ps.setNull(k, Types.VARCHAR);
        } else {
            ps.setString(k, v);
        }
    }

    private static void setInt(PreparedStatement ps, int k, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(k, Types.INTEGER);
        } else {
            ps.setInt(k, v);
        }
    }
}
