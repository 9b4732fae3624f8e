package org.sitmap.briefing.export;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.briefing.BriefingSources;
import org.sitmap.map.ScaleBar;
import org.sitmap.map.style.LegendItem;
import org.sitmap.situation.IncidentFile;

/**
 * Draws everything around and over a briefing map with Java2D — banner strips, title block
 * (title, time windows, source, generated time, notes, synthetic line), legend, scale bar with
 * north arrow, attribution, and the diagonal synthetic watermark — for PDF pages, PNGs and the
 * presentation overlay alike, so all three agree. {@link #measure} returns the boxes first so map
 * labels can avoid them. Immutable; safe on any thread with its own Graphics2D.
 */
final class PageDecorations {

    static final String WATERMARK = "SYNTHETIC DEMO DATA";
    private static final Color SYNTHETIC_RED = new Color(0xB0151B);

    private final PageFonts fonts;
    private final PageTheme theme;

    PageDecorations(double typeScale, PageTheme theme) {
        this.fonts = new PageFonts(typeScale);
        this.theme = theme;
    }

    /** One line of the title block. */
    private record Line(String text, Font font, Color color) {
    }

    /** Boxes on the page, in page coordinates. */
    record Boxes(Rectangle2D title, Rectangle2D legend, Rectangle2D scale, Rectangle2D attribution, List<Line> lines) {
        List<Rectangle2D> all() {
            List<Rectangle2D> out = new ArrayList<>(List.of(title, scale, attribution));
            if (legend != null) {
                out.add(legend);
            }
            return out;
        }
    }

    Boxes measure(Graphics2D g, PageLayout lay, BriefingPage page) {
        Rectangle2D map = lay.map();
        double m = fonts.px(12);
        double pad = fonts.px(10);
        double maxW = Math.max(fonts.px(200), map.getWidth() * 0.46);
        List<Line> lines = new ArrayList<>();
        for (String t : PageFonts.wrap(g, fonts.title(), page.title(), maxW - 2 * pad)) {
            lines.add(new Line(t, fonts.title(), theme.text()));
        }
        for (String t : page.timeLines()) {
            PageFonts.wrap(g, fonts.body(), t, maxW - 2 * pad).forEach(s -> lines.add(new Line(s, fonts.body(), theme.text())));
        }
        for (String t : PageFonts.wrap(g, fonts.small(), "Source: " + page.source(), maxW - 2 * pad)) {
            lines.add(new Line(t, fonts.small(), theme.muted()));
        }
        lines.add(new Line("Generated " + BriefingTimes.format(page.generated()), fonts.small(), theme.muted()));
        if (!page.notes().isEmpty()) {
            PageFonts.wrap(g, fonts.small(), "Notes: " + page.notes(), maxW - 2 * pad)
                    .forEach(s -> lines.add(new Line(s, fonts.small(), theme.text())));
        }
        if (page.synthetic()) {
            lines.add(new Line(IncidentFile.SYNTHETIC_NOTICE, fonts.smallBold(),
                    theme == PageTheme.DARK ? new Color(0xFF8A80) : SYNTHETIC_RED));
        }
        double w = 0;
        double h = 0;
        for (Line l : lines) {
            FontMetrics fm = g.getFontMetrics(l.font());
            w = Math.max(w, fm.stringWidth(l.text()));
            h += fm.getHeight();
        }
        Rectangle2D title = new Rectangle2D.Double(map.getX() + m, map.getY() + m, Math.min(maxW, w + 2 * pad), h + 2 * pad);
        Rectangle2D legend = null;
        if (!page.legend().isEmpty()) {
            FontMetrics fm = g.getFontMetrics(fonts.small());
            double lw = 0;
            for (LegendItem item : page.legend()) {
                lw = Math.max(lw, fm.stringWidth(item.caption()));
            }
            double rowH = fonts.px(17);
            double legendW = lw + fonts.px(34) + 2 * pad;
            double legendH = g.getFontMetrics(fonts.heading()).getHeight() + rowH * page.legend().size() + 2 * pad;
            legend = new Rectangle2D.Double(map.getMaxX() - m - legendW, map.getY() + m, legendW, legendH);
            Rectangle2D column = lay.table();
            if (column != null && page.table() != null && legendW <= column.getWidth() - 2 * m
                    && new TablePainter(this).contentHeight(g, page.table(), column.getWidth()) + legendH + m
                    <= column.getHeight()) {
                // under the table, where it covers no map
                legend = new Rectangle2D.Double(column.getX() + m, column.getMaxY() - m - legendH, legendW, legendH);
            }
        }
        Rectangle2D scale = new Rectangle2D.Double(map.getX() + m, map.getMaxY() - m - fonts.px(40), fonts.px(250),
                fonts.px(40));
        FontMetrics sm = g.getFontMetrics(fonts.small());
        double aw = sm.stringWidth(BriefingSources.BASEMAP_ATTRIBUTION) + fonts.px(12);
        Rectangle2D attribution = new Rectangle2D.Double(map.getMaxX() - aw - m / 2, map.getMaxY() - sm.getHeight() - m / 2,
                aw, sm.getHeight());
        return new Boxes(title, legend, scale, attribution, lines);
    }

    /** Everything but the map; {@code bar} is the scale bar of the (main) map's viewport. */
    void paint(Graphics2D g, PageLayout lay, BriefingPage page, Boxes boxes, ScaleBar bar) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (page.synthetic()) {
            watermark(g, lay.map());
        }
        titleBlock(g, boxes);
        if (boxes.legend() != null) {
            legend(g, page.legend(), boxes.legend());
        }
        scaleBar(g, bar, boxes.scale());
        attribution(g, boxes.attribution());
        banners(g, lay, page);
    }

    void banners(Graphics2D g, PageLayout lay, BriefingPage page) {
        if (!page.banner().shown()) {
            return;
        }
        Color bg = new Color(page.banner().backgroundRgb());
        Color fg = new Color(page.banner().foregroundRgb());
        for (double y : new double[] {0, lay.height() - lay.bannerPx()}) {
            g.setColor(bg);
            g.fill(new Rectangle2D.Double(0, y, lay.width(), lay.bannerPx()));
            g.setFont(fonts.banner());
            FontMetrics fm = g.getFontMetrics();
            g.setColor(fg);
            String text = page.banner().text();
            g.drawString(text, (float) ((lay.width() - fm.stringWidth(text)) / 2),
                    (float) (y + (lay.bannerPx() + fm.getAscent() - fm.getDescent()) / 2));
        }
    }

    private void titleBlock(Graphics2D g, Boxes b) {
        panel(g, b.title());
        double pad = fonts.px(10);
        double y = b.title().getY() + pad;
        for (Line l : b.lines()) {
            g.setFont(l.font());
            FontMetrics fm = g.getFontMetrics();
            g.setColor(l.color());
            g.drawString(l.text(), (float) (b.title().getX() + pad), (float) (y + fm.getAscent()));
            y += fm.getHeight();
        }
    }

    private void legend(Graphics2D g, List<LegendItem> items, Rectangle2D box) {
        panel(g, box);
        double pad = fonts.px(10);
        g.setFont(fonts.heading());
        g.setColor(theme.text());
        FontMetrics hm = g.getFontMetrics();
        g.drawString("Legend", (float) (box.getX() + pad), (float) (box.getY() + pad + hm.getAscent()));
        double y = box.getY() + pad + hm.getHeight();
        double rowH = fonts.px(17);
        g.setFont(fonts.small());
        FontMetrics fm = g.getFontMetrics();
        for (LegendItem item : items) {
            Graphics2D s = (Graphics2D) g.create();
            s.translate(box.getX() + pad, y + fonts.px(1.5));
            s.scale(fonts.scale(), fonts.scale());
            item.symbolizer().paintSwatch(s, 26, 14);
            s.dispose();
            g.setColor(theme.text());
            g.drawString(item.caption(), (float) (box.getX() + pad + fonts.px(34)),
                    (float) (y + (rowH + fm.getAscent() - fm.getDescent()) / 2));
            y += rowH;
        }
    }

    private void scaleBar(Graphics2D g, ScaleBar bar, Rectangle2D box) {
        double len = Math.min(bar.lengthPx(), fonts.px(160));
        double x = box.getX() + fonts.px(10);
        double y = box.getMaxY() - fonts.px(12);
        double arrowX = x + len + fonts.px(32);
        panel(g, new Rectangle2D.Double(box.getX(), box.getY(), arrowX + fonts.px(16) - box.getX(), box.getHeight()));
        g.setColor(theme.text());
        g.setStroke(new BasicStroke((float) fonts.px(1.2)));
        g.fill(new Rectangle2D.Double(x, y, len / 2, fonts.px(5)));
        g.draw(new Rectangle2D.Double(x, y, len, fonts.px(5)));
        g.setFont(fonts.small());
        FontMetrics fm = g.getFontMetrics();
        g.drawString("0", (float) (x - fm.stringWidth("0") / 2.0), (float) (y - fonts.px(4)));
        g.drawString(bar.label(), (float) (x + len - fm.stringWidth(bar.label()) / 2.0), (float) (y - fonts.px(4)));
        Path2D.Double arrow = new Path2D.Double();
        double top = box.getY() + fonts.px(16);
        arrow.moveTo(arrowX, top);
        arrow.lineTo(arrowX + fonts.px(7), top + fonts.px(20));
        arrow.lineTo(arrowX, top + fonts.px(15));
        arrow.lineTo(arrowX - fonts.px(7), top + fonts.px(20));
        arrow.closePath();
        g.fill(arrow);
        g.setFont(fonts.smallBold());
        g.drawString("N", (float) (arrowX - g.getFontMetrics().stringWidth("N") / 2.0), (float) (top - fonts.px(2)));
    }

    private void attribution(Graphics2D g, Rectangle2D box) {
        g.setColor(theme.panel());
        g.fill(box);
        g.setFont(fonts.small());
        g.setColor(theme.muted());
        FontMetrics fm = g.getFontMetrics();
        g.drawString(BriefingSources.BASEMAP_ATTRIBUTION, (float) (box.getX() + fonts.px(6)),
                (float) (box.getY() + fm.getAscent()));
    }

    void paintWatermarkOnly(Graphics2D g, Rectangle2D area) {
        watermark(g, area);
    }

    private void watermark(Graphics2D g, Rectangle2D map) {
        Graphics2D w = (Graphics2D) g.create();
        w.clip(map);
        w.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.16f));
        double size = Math.min(map.getWidth(), map.getHeight() * 1.6) / 10.5;
        w.setFont(fonts.font(Font.BOLD, 1).deriveFont((float) size));
        w.setColor(SYNTHETIC_RED);
        w.transform(AffineTransform.getRotateInstance(Math.toRadians(-24), map.getCenterX(), map.getCenterY()));
        FontMetrics fm = w.getFontMetrics();
        w.drawString(WATERMARK, (float) (map.getCenterX() - fm.stringWidth(WATERMARK) / 2.0),
                (float) (map.getCenterY() + fm.getAscent() / 3.0));
        w.dispose();
    }

    void panel(Graphics2D g, Rectangle2D r) {
        double arc = fonts.px(8);
        g.setColor(theme.panel());
        g.fill(new java.awt.geom.RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), arc, arc));
        g.setColor(theme.outline());
        g.setStroke(new BasicStroke((float) fonts.px(1)));
        g.draw(new java.awt.geom.RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), arc, arc));
    }

    PageFonts fonts() {
        return fonts;
    }

    PageTheme theme() {
        return theme;
    }
}
