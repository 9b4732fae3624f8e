package org.sitmap.incidents.layer;

import org.sitmap.core.IncidentType;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.map.Viewport;

/**
 * Groups the visible incidents of one frame into screen-grid cells when the map is zoomed out,
 * so thousands of markers read as counts instead of a smear. A cell with one incident keeps
 * its marker; a cell with several becomes a bubble at their centroid, coloured by the most
 * frequent type. Computed per frame into arrays sized by the grid, not by the incidents; the
 * same computation serves drawing and hit-testing. Not thread-safe; one per frame.
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
        for (int k = from; k < to; k++) {
            int i = rowIndex == null ? k : rowIndex[k];
            int type = table.typeOrdinal(i);
            if (!typeVisible[type]) {
                continue;
            }
            double sx = v.screenX(table.x(i));
            double sy = v.screenY(table.y(i));
            if (sx < -CELL_PX || sy < -CELL_PX || sx > v.widthPx() + CELL_PX || sy > v.heightPx() + CELL_PX) {
                continue;
            }
            int cx = (int) Math.floor(sx / CELL_PX) + 1;
            int cy = (int) Math.floor(sy / CELL_PX) + 1;
            if (cx < 0 || cy < 0 || cx >= cols || cy >= rows) {
                continue;
            }
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

    static double bubbleRadiusPx(int n) {
        return 9 + 5 * Math.log10(n);
    }
}
