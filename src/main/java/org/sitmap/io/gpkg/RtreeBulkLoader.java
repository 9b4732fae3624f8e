package org.sitmap.io.gpkg;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a whole 2-D SQLite R*Tree at once, as GDAL does for large GeoPackages: the entries are
 * packed bottom-up with Sort-Tile-Recursive and the nodes written straight into the virtual
 * table's shadow tables ({@code _node}, {@code _rowid}, {@code _parent}), in SQLite's documented
 * on-disk format (big-endian; root is node 1 and carries the depth; 32-bit float coordinates
 * rounded outward). This replaces one R*Tree insert per row, which dominates large imports.
 * The caller runs it inside its transaction, on a connection that has not read the R-tree since
 * it was opened, and checks the result with {@code rtreecheck()} in tests. Not thread-safe.
 */
public final class RtreeBulkLoader {

    private static final int CELL_BYTES = 8 + 4 * 4;

    private RtreeBulkLoader() {
    }

    /** Entries: parallel arrays of id, minX, maxX, minY, maxY (n entries). */
    public record Entries(long[] id, double[] minX, double[] maxX, double[] minY, double[] maxY, int n) {
    }

    /** Reads every entry now in the R-tree (to rebuild it together with new ones). */
    public static Entries read(Connection c, String rtree, int extra) throws SQLException {
        int count;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + rtree + "_rowid")) {
            rs.next();
            count = rs.getInt(1);
        }
        Entries e = allocate(count + extra);
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, minx, maxx, miny, maxy FROM " + rtree)) {
            while (rs.next()) {
                e.id()[n] = rs.getLong(1);
                e.minX()[n] = rs.getDouble(2);
                e.maxX()[n] = rs.getDouble(3);
                e.minY()[n] = rs.getDouble(4);
                e.maxY()[n] = rs.getDouble(5);
                n++;
            }
        }
        return new Entries(e.id(), e.minX(), e.maxX(), e.minY(), e.maxY(), n);
    }

    public static Entries allocate(int capacity) {
        return new Entries(new long[capacity], new double[capacity], new double[capacity], new double[capacity],
                new double[capacity], 0);
    }

    /** Replaces the whole content of {@code rtree} with {@code entries}. */
    public static void write(Connection c, String rtree, Entries entries) throws SQLException {
        int nodeBytes = nodeSize(c, rtree);
        int fanout = (nodeBytes - 4) / CELL_BYTES;
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + rtree + "_node");
            s.execute("DELETE FROM " + rtree + "_rowid");
            s.execute("DELETE FROM " + rtree + "_parent");
        }
        // level 0: the entries themselves, boxes rounded outward to float
        int n = entries.n();
        Level level = new Level(n);
        for (int i = 0; i < n; i++) {
            level.set(i, entries.id()[i], down(entries.minX()[i]), up(entries.maxX()[i]), down(entries.minY()[i]),
                    up(entries.maxY()[i]));
        }
        List<Level> levels = new ArrayList<>();
        List<int[][]> groupings = new ArrayList<>();
        // pack until one node holds everything
        while (true) {
            int[][] groups = strGroups(level, fanout);
            groupings.add(groups);
            levels.add(level);
            if (groups.length == 1) {
                break;
            }
            level = parents(level, groups);
        }
        writeNodes(c, rtree, nodeBytes, levels, groupings);
    }

    private static void writeNodes(Connection c, String rtree, int nodeBytes, List<Level> levels,
                                   List<int[][]> groupings) throws SQLException {
        int height = levels.size();
        // node numbers: the single top node is 1, the rest numbered top-down
        long[][] nodeNo = new long[height][];
        long next = 2;
        for (int h = height - 1; h >= 0; h--) {
            int groups = groupings.get(h).length;
            nodeNo[h] = new long[groups];
            for (int g = 0; g < groups; g++) {
                nodeNo[h][g] = h == height - 1 ? 1 : next++;
            }
        }
        try (PreparedStatement node = c.prepareStatement("INSERT INTO " + rtree + "_node (nodeno, data) VALUES (?, ?)");
             PreparedStatement rowid = c.prepareStatement("INSERT INTO " + rtree + "_rowid (rowid, nodeno) VALUES (?, ?)");
             PreparedStatement parent = c.prepareStatement("INSERT INTO " + rtree + "_parent (nodeno, parentnode) VALUES (?, ?)")) {
            for (int h = 0; h < height; h++) {
                Level lv = levels.get(h);
                int[][] groups = groupings.get(h);
                for (int g = 0; g < groups.length; g++) {
                    ByteBuffer b = ByteBuffer.allocate(nodeBytes);
                    b.putShort((short) (h == height - 1 ? height - 1 : 0));
                    b.putShort((short) groups[g].length);
                    for (int member : groups[g]) {
                        long childId = h == 0 ? lv.id[member] : nodeNo[h - 1][member];
                        b.putLong(childId).putFloat(lv.minX[member]).putFloat(lv.maxX[member])
                                .putFloat(lv.minY[member]).putFloat(lv.maxY[member]);
                        if (h > 0) {
                            parent.setLong(1, childId);
                            parent.setLong(2, nodeNo[h][g]);
                            parent.addBatch();
                        }
                    }
                    node.setLong(1, nodeNo[h][g]);
                    node.setBytes(2, b.array());
                    node.addBatch();
                }
                parent.executeBatch();
            }
            node.executeBatch();
            writeRowids(rowid, levels.get(0), groupings.get(0), nodeNo[0]);
        }
    }

    /**
     * Writes the (row id, leaf node) pairs in row-id order, so the _rowid B-tree is appended to
     * rather than inserted into at random; ids that do not fit 32 bits keep the leaf order.
     */
    private static void writeRowids(PreparedStatement rowid, Level leaves, int[][] groups, long[] leafNodeNo)
            throws SQLException {
        long[] nodeOfMember = new long[leaves.size];
        for (int g = 0; g < groups.length; g++) {
            for (int member : groups[g]) {
                nodeOfMember[member] = leafNodeNo[g];
            }
        }
        int n = leaves.size;
        boolean packable = true;
        for (int m = 0; m < n && packable; m++) {
            packable = leaves.id[m] >= 0 && leaves.id[m] <= 0xffffffffL;
        }
        long[] order = new long[n];
        for (int m = 0; m < n; m++) {
            order[m] = packable ? (leaves.id[m] << 32) | m : m;
        }
        if (packable) {
            Arrays.sort(order);
        }
        for (int k = 0; k < n; k++) {
            int member = (int) (packable ? order[k] & 0xffffffffL : order[k]);
            rowid.setLong(1, leaves.id[member]);
            rowid.setLong(2, nodeOfMember[member]);
            rowid.addBatch();
            if ((k & 4095) == 4095) {
                rowid.executeBatch();
            }
        }
        rowid.executeBatch();
    }

    private static int nodeSize(Connection c, String rtree) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT length(data) FROM " + rtree + "_node WHERE nodeno = 1")) {
            if (!rs.next()) {
                throw new SQLException(rtree + ": no root node");
            }
            return rs.getInt(1);
        }
    }

    /** Sort-Tile-Recursive: slices by x, then runs of {@code fanout} by y within each slice. */
    private static int[][] strGroups(Level lv, int fanout) {
        int n = lv.size;
        if (n <= fanout) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return new int[][] {all};
        }
        int leaves = (n + fanout - 1) / fanout;
        int slices = (int) Math.ceil(Math.sqrt(leaves));
        int perSlice = slices * fanout;
        int[] order = sortedBy(lv.minX, lv.maxX, null, 0, n);
        List<int[]> groups = new ArrayList<>();
        for (int start = 0; start < n; start += perSlice) {
            int end = Math.min(n, start + perSlice);
            int[] slice = sortedBy(lv.minY, lv.maxY, order, start, end);
            for (int g = 0; g < slice.length; g += fanout) {
                groups.add(Arrays.copyOfRange(slice, g, Math.min(slice.length, g + fanout)));
            }
        }
        return groups.toArray(new int[0][]);
    }

    /**
     * Indices {@code members[from..to)} (or {@code from..to} themselves when members is null) sorted
     * by box centre on one axis, with a primitive sort of packed keys: the centre's order-preserving
     * float bits in the high 32 bits, the index in the low 32.
     */
    private static int[] sortedBy(float[] min, float[] max, int[] members, int from, int to) {
        long[] keys = new long[to - from];
        for (int k = from; k < to; k++) {
            int i = members == null ? k : members[k];
            int bits = Float.floatToIntBits((min[i] + max[i]) * 0.5f);
            bits ^= (bits >> 31) & 0x7fffffff;
            keys[k - from] = ((long) bits << 32) | (i & 0xffffffffL);
        }
        Arrays.sort(keys);
        int[] out = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            out[k] = (int) keys[k];
        }
        return out;
    }

    private static Level parents(Level lv, int[][] groups) {
        Level up = new Level(groups.length);
        for (int g = 0; g < groups.length; g++) {
            float minX = Float.POSITIVE_INFINITY;
            float maxX = Float.NEGATIVE_INFINITY;
            float minY = Float.POSITIVE_INFINITY;
            float maxY = Float.NEGATIVE_INFINITY;
            for (int m : groups[g]) {
                minX = Math.min(minX, lv.minX[m]);
                maxX = Math.max(maxX, lv.maxX[m]);
                minY = Math.min(minY, lv.minY[m]);
                maxY = Math.max(maxY, lv.maxY[m]);
            }
            up.set(g, g, minX, maxX, minY, maxY);
        }
        return up;
    }

    private static float down(double v) {
        float f = (float) v;
        return f > v ? Math.nextDown(f) : f;
    }

    private static float up(double v) {
        float f = (float) v;
        return f < v ? Math.nextUp(f) : f;
    }

    /** One level of the tree being packed: boxes and (for leaves) row ids. */
    private static final class Level {
        final int size;
        final long[] id;
        final float[] minX;
        final float[] maxX;
        final float[] minY;
        final float[] maxY;

        Level(int size) {
            this.size = size;
            id = new long[size];
            minX = new float[size];
            maxX = new float[size];
            minY = new float[size];
            maxY = new float[size];
        }

        void set(int i, long rowId, float x0, float x1, float y0, float y1) {
            id[i] = rowId;
            minX[i] = x0;
            maxX[i] = x1;
            minY[i] = y0;
            maxY[i] = y1;
        }
    }
}
