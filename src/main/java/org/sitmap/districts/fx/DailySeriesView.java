package org.sitmap.districts.fx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Daily event counts of one district as columns, the before and after windows shaded, and the
 * pivot marked by a dashed red line with its label. A Canvas redrawn on resize or new data. FX
 * thread only.
 */
public final class DailySeriesView extends Pane {

    private final Canvas canvas = new Canvas();
    private int[] counts = new int[0];
    private LocalDate firstDay;
    private double pivotDay = Double.NaN;
    private double[] beforeDays;
    private double[] afterDays;
    private String title = "";
    private String pivotLabel = "";

    public DailySeriesView() {
        setId("district-daily-series");
        getChildren().add(canvas);
        setMinHeight(120);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
    }

    /**
     * @param pivotDay day offset (fractional) of the pivot from {@code firstDay}, or NaN
     * @param before   {from, to} day offsets of the before window; {@code after} likewise
     */
    public void setSeries(String title, int[] counts, LocalDate firstDay, double pivotDay, String pivotLabel,
                          double[] before, double[] after) {
        this.title = title;
        this.counts = counts.clone();
        this.firstDay = firstDay;
        this.pivotDay = pivotDay;
        this.pivotLabel = pivotLabel;
        this.beforeDays = before;
        this.afterDays = after;
        redraw();
    }

    public String title() {
        return title;
    }

    /** The drawn pivot's day offset (NaN when none). */
    public double pivotDay() {
        return pivotDay;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFont(Font.font("DejaVu Sans", 11));
        g.setFill(Color.BLACK);
        g.fillText(title, 6, 13);
        if (counts.length == 0 || w < 40 || h < 40) {
            return;
        }
        double left = 34;
        double top = 20;
        double bottom = h - 18;
        double plotW = w - left - 8;
        double dayW = plotW / counts.length;
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        shade(g, beforeDays, left, dayW, top, bottom, Color.rgb(33, 102, 172, 0.10));
        shade(g, afterDays, left, dayW, top, bottom, Color.rgb(178, 24, 43, 0.10));
        g.setFill(Color.rgb(60, 60, 60));
        for (int d = 0; d < counts.length; d++) {
            double bh = (bottom - top) * counts[d] / max;
            g.fillRect(left + d * dayW, bottom - bh, Math.max(1, dayW - 0.5), bh);
        }
        g.setStroke(Color.GRAY);
        g.setLineDashes();
        g.strokeLine(left, bottom, left + plotW, bottom);
        g.setFill(Color.BLACK);
        g.fillText(Integer.toString(max), 4, top + 8);
        g.fillText("0", 4, bottom);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        int step = Math.max(1, (int) Math.ceil(60 / Math.max(dayW, 0.01)));
        for (int d = 0; d < counts.length; d += step) {
            g.fillText(f.format(firstDay.plusDays(d)), left + d * dayW, h - 4);
        }
        if (!Double.isNaN(pivotDay)) {
            double x = left + pivotDay * dayW;
            g.setStroke(Color.rgb(200, 0, 0));
            g.setLineWidth(1.5);
            g.setLineDashes(5, 3);
            g.strokeLine(x, top - 4, x, bottom);
            g.setLineDashes();
            g.setLineWidth(1);
            g.setFill(Color.rgb(200, 0, 0));
            g.fillText(pivotLabel, Math.min(x + 3, w - 120), top + 4);
        }
    }

    private static void shade(GraphicsContext g, double[] span, double left, double dayW, double top, double bottom,
                              Color c) {
        if (span != null) {
            g.setFill(c);
            g.fillRect(left + span[0] * dayW, top, (span[1] - span[0]) * dayW, bottom - top);
        }
    }
}
