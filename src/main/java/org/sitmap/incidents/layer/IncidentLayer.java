package org.sitmap.incidents.layer;

import java.awt.Graphics2D;
import java.util.List;
import java.util.function.Predicate;
import org.sitmap.core.IncidentType;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.map.Viewport;
import org.sitmap.map.layer.Layer;
import org.sitmap.map.render.RasterTarget;
import org.sitmap.map.render.RenderContext;
import org.sitmap.map.style.LegendItem;

/**
 * The incidents as map markers: one symbol per type (shape and colour), sized by casualties, hollow
 * when the position is only approximate (location precision 2+: sector or district),
 * each type toggled on its own from the legend. Zoomed out, markers merge into count bubbles
 * ({@link MarkerClusters}) so thousands stay readable; zoomed in, every incident is drawn, the
 * worst on top. Draws the rows of an {@link IncidentTable}, optionally restricted to a row index
 * (a filter's result). A dynamic layer: each timeline step makes a new instance over the same
 * table. When the render target has a {@link RasterTarget} (the screen's frame buffer), markers
 * are composited from pre-rendered {@link MarkerSprites} straight into its int[] (no Java2D call
 * and no allocation per marker), and count bubbles from {@link CountBubble} sprites; otherwise
 * (PNG, PDF) both are drawn with Java2D. Immutable; paints from the render thread.
 */
public final class IncidentLayer implements Layer {

    private final IncidentTable table;
    private final int[] rowIndex;
    private final int rowCount;
    private final long pivotMs;

    /** All rows of the table. */
    public IncidentLayer(IncidentTable table) {
        this(table, null, table.size());
    }

    /** Only {@code rowIndex[0..rowCount)} (row numbers of the table, in time order). */
    public IncidentLayer(IncidentTable table, int[] rowIndex, int rowCount) {
        this(table, rowIndex, rowCount, Long.MIN_VALUE);
    }

    /**
     * As above; incidents whose reported span straddles {@code pivotMs} (start before it, end at or
     * after it) get a dashed ring, so "ambiguous" reports stand apart on the map.
     */
    public IncidentLayer(IncidentTable table, int[] rowIndex, int rowCount, long pivotMs) {
        this.table = table;
        this.rowIndex = rowIndex;
        this.rowCount = rowCount;
        this.pivotMs = pivotMs;
    }

    public IncidentTable table() {
        return table;
    }

    public int rowCount() {
        return rowCount;
    }

    /** Calls {@code action} with each drawn row's number in the table, in time order. */
    public void forEachRow(java.util.function.IntConsumer action) {
        for (int k = 0; k < rowCount; k++) {
            action.accept(rowIndex == null ? k : rowIndex[k]);
        }
    }

    @Override
    public String id() {
        return IncidentSymbols.LAYER_ID;
    }

    @Override
    public String title() {
        return "Incidents";
    }

    @Override
    public boolean dynamic() {
        return true;
    }

    @Override
    public List<LegendItem> legend() {
        return IncidentSymbols.legend();
    }

    @Override
    public void paint(RenderContext ctx) {
        boolean[] typeVisible = typeVisibility(ctx.visible());
        Viewport v = ctx.viewport();
        Graphics2D g = ctx.graphics();
        if (MarkerClusters.applies(v)) {
            paintClusters(g, ctx.raster(), MarkerClusters.of(table, rowIndex, 0, rowCount, v, typeVisible));
        } else {
            paintMarkers(g, ctx.raster(), v, typeVisible);
            paintAmbiguityRings(g, v, typeVisible);
        }
    }

    private static final java.awt.BasicStroke RING = new java.awt.BasicStroke(2f, java.awt.BasicStroke.CAP_BUTT,
            java.awt.BasicStroke.JOIN_ROUND, 4f, new float[] {3f, 2.5f}, 0f);
    private static final java.awt.BasicStroke RING_HALO = new java.awt.BasicStroke(4f);

    /** Dashed rings around incidents that straddle the pivot (few: only reports spanning it). */
    private void paintAmbiguityRings(Graphics2D g, Viewport v, boolean[] typeVisible) {
        if (pivotMs == Long.MIN_VALUE) {
            return;
        }
        for (int k = 0; k < rowCount; k++) {
            int i = rowIndex == null ? k : rowIndex[k];
            if (!typeVisible[table.typeOrdinal(i)] || table.startMs(i) >= pivotMs || table.endMs(i) < pivotMs) {
                continue;
            }
            double sx = v.screenX(table.x(i));
            double sy = v.screenY(table.y(i));
            if (sx < -20 || sy < -20 || sx > v.widthPx() + 20 || sy > v.heightPx() + 20) {
                continue;
            }
            java.awt.geom.Ellipse2D.Double ring = new java.awt.geom.Ellipse2D.Double(sx - 11, sy - 11, 22, 22);
            g.setColor(java.awt.Color.WHITE);
            g.setStroke(RING_HALO);
            g.draw(ring);
            g.setColor(java.awt.Color.BLACK);
            g.setStroke(RING);
            g.draw(ring);
        }
    }

    static boolean[] typeVisibility(Predicate<String> visible) {
        boolean[] out = new boolean[IncidentType.values().length];
        for (IncidentType t : IncidentType.values()) {
            out[t.ordinal()] = visible.test(IncidentSymbols.toggleId(t));
        }
        return out;
    }

    /** Draws in casualty order (0 first) so the worst incidents are on top. */
    private void paintMarkers(Graphics2D g, RasterTarget raster, Viewport v, boolean[] typeVisible) {
        for (int sizeClass = 0; sizeClass < IncidentSymbols.SIZES_PX.length; sizeClass++) {
            for (int k = 0; k < rowCount; k++) {
                int i = rowIndex == null ? k : rowIndex[k];
                int type = table.typeOrdinal(i);
                if (!typeVisible[type] || IncidentSymbols.sizeClass(table.casualties(i)) != sizeClass) {
                    continue;
                }
                double sx = v.screenX(table.x(i));
                double sy = v.screenY(table.y(i));
                if (sx < -20 || sy < -20 || sx > v.widthPx() + 20 || sy > v.heightPx() + 20) {
                    continue;
                }
                boolean hollow = IncidentSymbols.approximate(table.locationPrecisionCode(i));
                if (raster != null) {
                    MarkerSprites.blit(raster, type, sizeClass, hollow, sx, sy);
                } else {
                    IncidentSymbols.marker(type, table.casualties(i), hollow).paint(g, null, sx, sy);
                }
            }
        }
    }

    private void paintClusters(Graphics2D g, RasterTarget raster, MarkerClusters c) {
        for (int cell = 0; cell < c.count.length; cell++) {
            int n = c.count[cell];
            if (n == 1) {
                int i = c.firstRow[cell];
                boolean hollow = IncidentSymbols.approximate(table.locationPrecisionCode(i));
                if (raster != null) {
                    MarkerSprites.blit(raster, table.typeOrdinal(i), IncidentSymbols.sizeClass(table.casualties(i)),
                            hollow, c.sumX[cell], c.sumY[cell]);
                } else {
                    IncidentSymbols.marker(table.typeOrdinal(i), table.casualties(i), hollow)
                            .paint(g, null, c.sumX[cell], c.sumY[cell]);
                }
            } else if (n > 1) {
                double x = c.sumX[cell] / n;
                double y = c.sumY[cell] / n;
                int type = c.dominantType(cell);
                if (raster == null || !CountBubble.blit(raster, type, n, x, y)) {
                    CountBubble.paint(g, type, n, x, y);
                }
            }
        }
    }

    /** What a click at a screen point hits: an incident row, a cluster, or nothing. */
    public sealed interface Hit {
        record Row(int row) implements Hit {
        }

        record Cluster(double screenX, double screenY, int count) implements Hit {
        }
    }

    /** The incident or cluster under (px, py), within a few pixels, as drawn for this viewport. */
    public Hit hitTest(Viewport v, double px, double py, Predicate<String> visible) {
        boolean[] typeVisible = typeVisibility(visible);
        if (MarkerClusters.applies(v)) {
            MarkerClusters c = MarkerClusters.of(table, rowIndex, 0, rowCount, v, typeVisible);
            Hit best = null;
            double bestD = Double.MAX_VALUE;
            for (int cell = 0; cell < c.count.length; cell++) {
                int n = c.count[cell];
                if (n == 0) {
                    continue;
                }
                double x = c.sumX[cell] / n;
                double y = c.sumY[cell] / n;
                double reach = n == 1 ? 9 : CountBubble.radiusPx(n) + 2;
                double d = Math.hypot(x - px, y - py);
                if (d <= reach && d < bestD) {
                    bestD = d;
                    best = n == 1 ? new Hit.Row(c.firstRow[cell]) : new Hit.Cluster(x, y, n);
                }
            }
            return best;
        }
        int bestRow = -1;
        double bestD = 10;
        for (int k = 0; k < rowCount; k++) {
            int i = rowIndex == null ? k : rowIndex[k];
            if (!typeVisible[table.typeOrdinal(i)]) {
                continue;
            }
            double d = Math.hypot(v.screenX(table.x(i)) - px, v.screenY(table.y(i)) - py);
            if (d <= bestD) {
                bestD = d;
                bestRow = i;
            }
        }
        return bestRow < 0 ? null : new Hit.Row(bestRow);
    }
}
