package org.sitmap.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;

/** Incidents for edit tests, and SQL checks of an incident file's integrity and R-tree. */
public final class SampleIncidents {

    private SampleIncidents() {
    }

    /** "Shelling in Mendhar sector, Poonch, 02:30 IST, two injured, per police." */
    public static Incident mendharShelling() {
        return new IncidentBuilder().startUtc(Instant.parse("2025-05-08T21:00:00Z")).timePrecision(TimePrecision.EXACT)
                .reportZone(ReportZone.IST).type(IncidentType.ARTILLERY_SHELLING).subType("cross-border shelling")
                .actor("Pakistan Army").reportingSide("India").admin1("Jammu and Kashmir").district("Poonch")
                .location("Mendhar").lon(74.146).lat(33.606).locationPrecisionScheme("SITMAP").locationPrecisionCode(3)
                .injuredTotal(2).injuredCivilian(2).sourceNames("J&K Police").sourceUrls("https://example.invalid/police")
                .reliability('B').credibility(2).notes("two injured").build();
    }

    /** One long from an SQL query on the file. */
    public static long scalar(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static String text(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Problems with the file's integrity and the incidents R-tree, or "" when there are none:
     * PRAGMA integrity_check, SQLite's rtreecheck, one R-tree row per incident, each holding its point.
     */
    public static String integrityProblems(Path file) throws Exception {
        StringBuilder out = new StringBuilder();
        String integrity = text(file, "PRAGMA integrity_check");
        if (!"ok".equals(integrity)) {
            out.append("integrity_check: ").append(integrity).append('\n');
        }
        String rtree = text(file, "SELECT rtreecheck('rtree_incidents_geom')");
        if (!"ok".equals(rtree)) {
            out.append("rtreecheck: ").append(rtree).append('\n');
        }
        long rows = scalar(file, "SELECT count(*) FROM incidents");
        long indexed = scalar(file, "SELECT count(*) FROM rtree_incidents_geom");
        if (rows != indexed) {
            out.append("incidents ").append(rows).append(" but R-tree rows ").append(indexed).append('\n');
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT i.fid, i.geom, r.minx, r.maxx, r.miny, r.maxy FROM incidents i"
                     + " LEFT JOIN rtree_incidents_geom r ON r.id = i.fid")) {
            while (rs.next()) {
                var p = org.sitmap.io.gpkg.GeoPackageBlob.decode(rs.getBytes(2)).getCoordinate();
                rs.getDouble(3);
                if (rs.wasNull() || p.x < rs.getDouble(3) || p.x > rs.getDouble(4) || p.y < rs.getDouble(5)
                        || p.y > rs.getDouble(6)) {
                    out.append("incident ").append(rs.getLong(1)).append(" at ").append(p)
                            .append(" is not inside its R-tree box\n");
                }
            }
        }
        return out.toString();
    }
}
