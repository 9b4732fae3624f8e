package org.sitmap.timeline.fx;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sitmap.core.IncidentType;
import org.sitmap.incidents.layer.IncidentSymbols;
import org.sitmap.timeline.DailyHistogram;
import org.sitmap.core.ReferenceDate;
import org.sitmap.timeline.TimeWindow;

/**
 * The daily histogram under the slider: one bar per day, stacked by incident type in the markers'
 * colours, the selected window(s) shaded, reference dates ticked, and the pivot drawn as a
 * labelled red line. Redrawn only when its inputs change. FX thread only.
 */
final class HistogramView extends Canvas {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");
    private DailyHistogram histogram;
    private TimeWindow span;
    private TimeWindow window;
    private TimeWindow compareWindow;
    private List<ReferenceDate> references = List.of();
    private ReferenceDate pivot;

    HistogramView() {
        setId("timeline-histogram");
        setHeight(96);
        widthProperty().addListener(o -> redraw());
    }

    @Override
    public boolean isResizable() {
        return true;
    }

    @Override
    public double prefWidth(double h) {
        return 600;
    }

    @Override
    public double maxWidth(double h) {
        return Double.MAX_VALUE;
    }

    @Override
    public double minWidth(double h) {
        return 100;
    }

    @Override
    public double prefHeight(double w) {
        return 96;
    }

    @Override
    public void resize(double w, double h) {
        setWidth(w);
        setHeight(h);
    }

    void show(DailyHistogram h, TimeWindow span, TimeWindow window, TimeWindow compareWindow,
              List<ReferenceDate> references, ReferenceDate pivot) {
        this.histogram = h;
        this.span = span;
        this.window = window;
        this.compareWindow = compareWindow;
        this.references = references;
        this.pivot = pivot;
        redraw();
    }

    double xOf(long ms) {
        return (ms - span.startMs()) / (double) span.durationMs() * getWidth();
    }

    private void redraw() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(javafx.scene.paint.Color.rgb(250, 250, 248));
        g.fillRect(0, 0, w, h);
        if (histogram == null || span == null || span.durationMs() <= 0) {
            return;
        }
        double top = 16;
        double barArea = h - top - 14;
        shade(g, window, javafx.scene.paint.Color.rgb(255, 214, 102, 0.45), top, barArea);
        if (compareWindow != null) {
            shade(g, compareWindow, javafx.scene.paint.Color.rgb(120, 170, 255, 0.35), top, barArea);
        }
        int days = histogram.bins().days();
        double dayW = w / Math.max(1, days);
        // square-root scale: the quiet months stay visible next to the 7–10 May peak
        double scale = histogram.maxDayTotal() == 0 ? 0 : barArea / Math.sqrt(histogram.maxDayTotal());
        for (int d = 0; d < days; d++) {
            double x = xOf(histogram.bins().dayStartMs(d));
            double y = top + barArea;
            int cumulative = 0;
            for (IncidentType t : IncidentType.values()) {
                int n = histogram.count(t, d);
                if (n == 0) {
                    continue;
                }
                double bh = (Math.sqrt(cumulative + n) - Math.sqrt(cumulative)) * scale;
                cumulative += n;
                g.setFill(fx(IncidentSymbols.colour(t)));
                g.fillRect(x, y - bh, Math.max(1, dayW - (dayW > 3 ? 1 : 0)), bh);
                y -= bh;
            }
        }
        g.setFont(Font.font("DejaVu Sans", 10));
        g.setFill(javafx.scene.paint.Color.rgb(90, 90, 90));
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        for (int d = 0; d < days; d++) {
            if (histogram.bins().day(d).getDayOfMonth() == 1) {
                double x = xOf(histogram.bins().dayStartMs(d));
                g.fillRect(x, h - 12, 1, 4);
                g.fillText(MONTH.format(histogram.bins().day(d)), x + 2, h);
            }
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(javafx.scene.paint.Color.rgb(110, 110, 110));
        g.fillText("daily counts, √ scale, peak " + histogram.maxDayTotal(), w - 4, 1);
        g.setTextAlign(TextAlignment.LEFT);
        for (ReferenceDate r : references) {
            long ms = r.at().toEpochMilli();
            if (span.contains(ms) && (pivot == null || !r.id().equals(pivot.id()))) {
                g.setFill(javafx.scene.paint.Color.rgb(90, 90, 90, 0.7));
                g.fillRect(xOf(ms), top, 1, barArea);
            }
        }
        if (pivot != null && span.contains(pivot.at().toEpochMilli())) {
            double x = xOf(pivot.at().toEpochMilli());
            g.setFill(javafx.scene.paint.Color.rgb(196, 22, 28));
            g.fillRect(x - 1, top - 2, 2, barArea + 2);
            g.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 11));
            g.setTextBaseline(VPos.TOP);
            boolean right = x < w - 260;
            g.setTextAlign(right ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.fillText(pivot.label(), right ? x + 4 : x - 4, 1);
        }
    }

    private void shade(GraphicsContext g, TimeWindow tw, javafx.scene.paint.Color c, double top, double height) {
        if (tw == null) {
            return;
        }
        double x0 = Math.max(0, xOf(tw.startMs()));
        double x1 = Math.min(getWidth(), xOf(tw.endMs()));
        g.setFill(c);
        g.fillRect(x0, top, Math.max(1, x1 - x0), height);
    }

    private static javafx.scene.paint.Color fx(Color c) {
        return javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }
}
