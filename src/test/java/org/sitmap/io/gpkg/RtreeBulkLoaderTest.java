package org.sitmap.io.gpkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RtreeBulkLoaderTest {

    @ParameterizedTest(name = "{0} entries")
    @ValueSource(ints = {0, 1, 50, 51, 52, 2_601, 2_602, 20_000})
    void bulkWrittenTreePassesRtreecheckAndAnswersLikeBruteForce(int n) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE rt USING rtree(id, minx, maxx, miny, maxy)");
            }
            Random rnd = new Random(n);
            RtreeBulkLoader.Entries e = RtreeBulkLoader.allocate(n);
            for (int i = 0; i < n; i++) {
                double x = 73 + rnd.nextDouble() * 2;
                double y = 32 + rnd.nextDouble() * 3;
                double w = rnd.nextInt(4) == 0 ? rnd.nextDouble() * 0.01 : 0;
                e.id()[i] = 10 + i * 3L;
                e.minX()[i] = x;
                e.maxX()[i] = x + w;
                e.minY()[i] = y;
                e.maxY()[i] = y + w;
            }
            e = new RtreeBulkLoader.Entries(e.id(), e.minX(), e.maxX(), e.minY(), e.maxY(), n);
            c.setAutoCommit(false);
            RtreeBulkLoader.write(c, "rt", e);
            c.commit();
            assertEquals("ok", check(c));
            assertEquals(n, count(c, "SELECT count(*) FROM rt"));
            for (int q = 0; q < 20; q++) {
                double x0 = 73 + rnd.nextDouble() * 2;
                double y0 = 32 + rnd.nextDouble() * 3;
                double x1 = x0 + rnd.nextDouble() * 0.5;
                double y1 = y0 + rnd.nextDouble() * 0.5;
                TreeSet<Long> expected = new TreeSet<>();
                for (int i = 0; i < n; i++) {
                    if (e.maxX()[i] >= x0 && e.minX()[i] <= x1 && e.maxY()[i] >= y0 && e.minY()[i] <= y1) {
                        expected.add(e.id()[i]);
                    }
                }
                TreeSet<Long> found = new TreeSet<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id FROM rt WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?")) {
                    ps.setDouble(1, x0);
                    ps.setDouble(2, x1);
                    ps.setDouble(3, y0);
                    ps.setDouble(4, y1);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                }
                // float storage rounds boxes outward, so the tree may return a few more near the edge
                assertEquals(true, found.containsAll(expected), "every matching entry is found");
                assertEquals(true, found.size() - expected.size() <= Math.max(2, expected.size() / 100),
                        "only float-rounding extras: " + (found.size() - expected.size()));
            }
            // the tree stays a normal R*Tree: SQL inserts and deletes still work on it
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO rt VALUES (1, 74, 74, 33, 33)");
                s.execute("DELETE FROM rt WHERE id = 1");
            }
            assertEquals("ok", check(c));
        }
    }

    @ParameterizedTest(name = "rebuild after {0} SQL inserts")
    @ValueSource(ints = {0, 100})
    void readThenRewriteKeepsExistingEntries(int existing) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE rt USING rtree(id, minx, maxx, miny, maxy)");
                for (int i = 1; i <= existing; i++) {
                    s.execute("INSERT INTO rt VALUES (" + i + ", " + (70 + i * 0.01) + ", " + (70 + i * 0.01) + ", 33, 33)");
                }
            }
            RtreeBulkLoader.Entries e = RtreeBulkLoader.read(c, "rt", 500);
            assertEquals(existing, e.n());
            for (int i = 0; i < 500; i++) {
                e.id()[e.n() + i] = 1000 + i;
                e.minX()[e.n() + i] = 75 + i * 0.001;
                e.maxX()[e.n() + i] = 75 + i * 0.001;
                e.minY()[e.n() + i] = 34;
                e.maxY()[e.n() + i] = 34;
            }
            RtreeBulkLoader.write(c, "rt", new RtreeBulkLoader.Entries(e.id(), e.minX(), e.maxX(), e.minY(), e.maxY(),
                    e.n() + 500));
            assertEquals("ok", check(c));
            assertEquals(existing + 500L, count(c, "SELECT count(*) FROM rt"));
            assertEquals(existing, count(c, "SELECT count(*) FROM rt WHERE maxx < 72"));
        }
    }

    private static String check(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rtreecheck('rt')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
