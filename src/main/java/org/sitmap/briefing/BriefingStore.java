package org.sitmap.briefing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.io.store.StoreException;
import org.sqlite.SQLiteConfig;

/**
 * The briefing kept inside an incident GeoPackage, so the file carries its own briefing: the saved
 * views in their own attributes table {@code sitmap_views} (created on the first save, registered
 * in gpkg_contents) and the banner as a {@code briefing_banner} row of {@code sitmap_metadata}.
 * Every save is one transaction: it lands whole or the file is unchanged. Opening checks the file
 * is a Sitmap incident file first (read-only). One connection, one thread at a time, never the FX
 * thread.
 */
public final class BriefingStore implements AutoCloseable {

    public static final String VIEWS = "sitmap_views";
    static final String BANNER_KEY = "briefing_banner";
    static final String VIEWS_DESCRIPTION = "Saved briefing views: title, speaker notes, and the map extent, layers,"
            + " time windows and filters as JSON";

    private final Path file;
    private final Connection connection;

    /** The views that could be read, and a line per row that could not (file, view, field, reason). */
    public record Loaded(List<SavedView> views, List<String> problems) {
    }

    private BriefingStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static BriefingStore open(Path file, boolean writable) throws BriefingException {
        try (IncidentStore check = IncidentStore.openReadOnly(file)) {
            check.file();
        } catch (StoreException e) {
            throw new BriefingException(e.getMessage(), e);
        }
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(!writable);
            config.setBusyTimeout(5_000);
            return new BriefingStore(file, DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties()));
        } catch (SQLException e) {
            throw new BriefingException(file + ": cannot open (" + e.getMessage() + ")", e);
        }
    }

    public Path file() {
        return file;
    }

    /** The views in briefing order; a file without the table has none. */
    public Loaded views() throws BriefingException {
        List<SavedView> views = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            if (!tableExists(VIEWS)) {
                return new Loaded(List.of(), List.of());
            }
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT fid, title, notes, state_json, created_utc, updated_utc FROM " + VIEWS
                            + " ORDER BY position, fid")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String title = rs.getString(2);
                    try {
                        ViewJson.Payload p = ViewJson.read(rs.getString(4) == null ? "" : rs.getString(4));
                        views.add(new SavedView(id, title, rs.getString(3), p.extent(), p.hiddenLayerIds(), p.state(),
                                p.districtChoice(), time(rs.getString(5)), time(rs.getString(6))));
                    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                        problems.add(file + ": table " + VIEWS + ", view " + id + " ('" + title + "'): "
                                + e.getMessage() + "; the view was skipped");
                    }
                }
            }
        } catch (SQLException e) {
            throw new BriefingException(file + ": reading saved views failed (" + e.getMessage() + ")", e);
        }
        return new Loaded(List.copyOf(views), List.copyOf(problems));
    }

    /** Replaces the saved views with {@code views} (in this order, keeping their ids), in one transaction. */
    public void saveViews(List<SavedView> views) throws BriefingException {
        inTransaction("saving views", () -> {
            createViewsTable();
            try (Statement s = connection.createStatement()) {
                s.execute("DELETE FROM " + VIEWS);
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + VIEWS
                    + " (fid, position, title, notes, state_json, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (SavedView v : views) {
                    ps.setLong(1, v.id());
                    ps.setInt(2, position++);
                    ps.setString(3, v.title());
                    ps.setString(4, v.notes());
                    ps.setString(5, ViewJson.write(new ViewJson.Payload(v.extent(), v.hiddenLayerIds(), v.state(),
                            v.districtChoice())));
                    ps.setString(6, v.createdUtc().toString());
                    ps.setString(7, v.updatedUtc().toString());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** The banner stored in the file, if any. */
    public Optional<BannerSettings> banner() throws BriefingException {
        try {
            if (!tableExists(IncidentSchema.METADATA)) {
                return Optional.empty();
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM " + IncidentSchema.METADATA
                    + " WHERE key = ?")) {
                ps.setString(1, BANNER_KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1) != null ? Optional.of(BannerJson.read(rs.getString(1)))
                            : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new BriefingException(file + ": reading the banner failed (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new BriefingException(file + ": table " + IncidentSchema.METADATA + ", key " + BANNER_KEY + ": "
                    + e.getMessage(), e);
        }
    }

    public void saveBanner(BannerSettings banner) throws BriefingException {
        inTransaction("saving the banner", () -> {
            try (PreparedStatement del = connection.prepareStatement("DELETE FROM " + IncidentSchema.METADATA
                    + " WHERE key = ?"); PreparedStatement ins = connection.prepareStatement("INSERT INTO "
                    + IncidentSchema.METADATA + " (key, value) VALUES (?, ?)")) {
                del.setString(1, BANNER_KEY);
                del.executeUpdate();
                ins.setString(1, BANNER_KEY);
                ins.setString(2, BannerJson.write(banner));
                ins.executeUpdate();
            }
        });
    }

    /** Connection for {@link BriefingSources} in this package. */
    Connection connection() {
        return connection;
    }

    private interface Work {
        void run() throws SQLException, BriefingException;
    }

    private void inTransaction(String what, Work work) throws BriefingException {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException | BriefingException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new BriefingException(file + ": " + what + " failed (" + e.getMessage() + "). The file was not changed.", e);
        }
    }

    private void createViewsTable() throws SQLException {
        if (tableExists(VIEWS)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + VIEWS + " (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " position INTEGER NOT NULL, title TEXT NOT NULL, notes TEXT, state_json TEXT NOT NULL,"
                    + " created_utc DATETIME NOT NULL, updated_utc DATETIME NOT NULL)");
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type,"
                + " identifier, description, last_change) VALUES (?, 'attributes', 'briefing views', ?,"
                + " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))")) {
            ps.setString(1, VIEWS);
            ps.setString(2, VIEWS_DESCRIPTION);
            ps.executeUpdate();
        }
    }

    boolean tableExists(String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Instant time(String s) {
        return Instant.parse(s);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // every write committed or rolled back before returning; nothing is pending
        }
    }
}
