package org.sitmap.incidents.layer;

import org.sitmap.core.IncidentType;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.map.Viewport;

/**
 * Groups the visible incidents of one frame into screen-grid cells when the map is zoomed out,
 * so thousands of markers read as counts instead of a smear. A cell with one incident keeps
 * its marker; a cell with several becomes a bubble at their centroid, coloured by the most
 * frequent type. Computed per frame into arrays sized by the grid, not by the incidents; the
 * same computation serves drawing and hit-testing: one loop over the rows, no allocation per
 * row. Not thread-safe; one per frame.
 */
final class MarkerClusters {

    /** Cell size in pixels. */
    static final int CELL_PX = 44;
    /** Clustering applies when the view is coarser than this many metres per pixel. */
    static final double CLUSTER_ABOVE_UNITS_PER_PIXEL = 120;

    final int cols;
    final int rows;
    final int[] count;
    final double[] sumX;
    final double[] sumY;
    final int[] firstRow;
    final int[] typeCounts;

    private MarkerClusters(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
        int n = cols * rows;
        count = new int[n];
        sumX = new double[n];
        sumY = new double[n];
        firstRow = new int[n];
        typeCounts = new int[n * IncidentType.values().length];
    }

    static boolean applies(Viewport v) {
        return v.unitsPerPixel() > CLUSTER_ABOVE_UNITS_PER_PIXEL;
    }

    /** Clusters the rows {@code from..to} of the table (or {@code rowIndex} when not null). */
    static MarkerClusters of(IncidentTable table, int[] rowIndex, int from, int to, Viewport v, boolean[] typeVisible) {
        int cols = v.widthPx() / CELL_PX + 2;
        int rows = v.heightPx() / CELL_PX + 2;
        MarkerClusters c = new MarkerClusters(cols, rows);
        int types = IncidentType.values().length;
        // the viewport's transform with one multiply per axis instead of a divide (hot loop)
        double pxPerUnit = 1 / v.unitsPerPixel();
        double centreX = v.centerX();
        double centreY = v.centerY();
        double halfW = v.widthPx() / 2.0;
        double halfH = v.heightPx() / 2.0;
        double cellsPerPx = 1.0 / CELL_PX;
        for (int k = from; k < to; k++) {
            int i = rowIndex == null ? k : rowIndex[k];
            int type = table.typeOrdinal(i);
            if (!typeVisible[type]) {
                continue;
            }
            double sx = (table.x(i) - centreX) * pxPerUnit + halfW;
            double sy = (centreY - table.y(i)) * pxPerUnit + halfH;
            // grid column/row of the point, shifted by one so a cell's margin off screen counts;
            // the tests are written so NaN fails them, and truncation is floor once >= 0
            double gx = sx * cellsPerPx + 1;
            double gy = sy * cellsPerPx + 1;
            if (!(gx >= 0 && gx < cols && gy >= 0 && gy < rows)) {
                continue;
            }
            int cx = (int) gx;
            int cy = (int) gy;
            int cell = cy * cols + cx;
            if (c.count[cell] == 0) {
                c.firstRow[cell] = i;
            }
            c.count[cell]++;
            c.sumX[cell] += sx;
            c.sumY[cell] += sy;
            c.typeCounts[cell * types + type]++;
        }
        return c;
    }

    int dominantType(int cell) {
        int types = IncidentType.values().length;
        int best = 0;
        for (int t = 1; t < types; t++) {
            if (typeCounts[cell * types + t] > typeCounts[cell * types + best]) {
                best = t;
            }
        }
        return best;
    }
}
