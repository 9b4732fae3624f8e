package org.sitmap.map.fx;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sitmap.map.ScaleBar;
import org.sitmap.map.Viewport;
import org.sitmap.map.projection.MapProjection;
import org.sitmap.map.render.DecorationPainter;

/**
 * Live map furniture drawn over the rendered frame: the scale bar (from {@link ScaleBar}, the
 * same computation exports use) and the north arrow. Redrawn on every viewport change, which
 * costs microseconds, so it never lags behind a pan. FX thread only.
 */
final class MapOverlay extends Canvas {

    private Viewport viewport;
    private MapProjection projection;
    private String scaleLabel = "";
    private double[] highlightWorld;

    /** Rings a point given in world units (e.g. the selected incident), or clears it with null. */
    void setHighlight(double[] worldXY) {
        this.highlightWorld = worldXY;
        redraw();
    }

    MapOverlay() {
        setId("map-overlay");
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
    }

    @Override
    public boolean isResizable() {
        return true;
    }

    @Override
    public void resize(double w, double h) {
        setWidth(w);
        setHeight(h);
    }

    void update(Viewport v, MapProjection p) {
        this.viewport = v;
        this.projection = p;
        redraw();
    }

    /** The scale bar's current text, e.g. "50 km" (for tests and the status bar). */
    String scaleLabel() {
        return scaleLabel;
    }

    private void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (viewport == null || projection == null) {
            return;
        }
        if (highlightWorld != null) {
            double hx = viewport.screenX(highlightWorld[0]);
            double hy = viewport.screenY(highlightWorld[1]);
            g.setStroke(Color.WHITE);
            g.setLineWidth(5);
            g.strokeOval(hx - 14, hy - 14, 28, 28);
            g.setStroke(Color.rgb(20, 20, 20));
            g.setLineWidth(2.5);
            g.strokeOval(hx - 14, hy - 14, 28, 28);
        }
        ScaleBar bar = ScaleBar.of(viewport, projection, 160);
        scaleLabel = bar.label();
        double x = 18;
        double y = getHeight() - 26;
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(x - 8, y - 20, bar.lengthPx() + 16, 34, 6, 6);
        g.setFill(Color.BLACK);
        g.fillRect(x, y, bar.lengthPx() / 2, 6);
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.2);
        g.strokeRect(x, y, bar.lengthPx(), 6);
        g.setFont(Font.font("DejaVu Sans", 12));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("0", x, y - 2);
        g.fillText(bar.label(), x + bar.lengthPx(), y - 2);

        double cx = getWidth() - 34;
        double top = 16;
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(cx - 17, top - 6, 34, 54, 6, 6);
        g.setFill(Color.BLACK);
        g.fillPolygon(new double[] {cx, cx + 9, cx, cx - 9}, new double[] {top + 16, top + 44, top + 37, top + 44}, 4);
        g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 13));
        g.setTextBaseline(VPos.TOP);
        g.fillText("N", cx, top - 3);

        g.setFont(Font.font("DejaVu Sans", 11));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        String attribution = DecorationPainter.ATTRIBUTION;
        javafx.scene.text.Text probe = new javafx.scene.text.Text(attribution);
        probe.setFont(g.getFont());
        double textW = probe.getLayoutBounds().getWidth();
        g.setFill(Color.rgb(255, 255, 255, 0.8));
        g.fillRect(getWidth() - textW - 12, getHeight() - 18, textW + 12, 18);
        g.setFill(Color.rgb(60, 60, 60));
        g.fillText(attribution, getWidth() - 6, getHeight() - 3);
    }
}
