package org.sitmap.briefing.export;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws a {@link BriefingTable} into the page's table column: title, header row, then as many
 * rows as fit (the rest counted in a last line), numbers right-aligned. Column widths follow the
 * widest cell, the first column taking what is left. Stateless apart from its decorations.
 */
final class TablePainter {

    private final PageDecorations deco;

    TablePainter(PageDecorations deco) {
        this.deco = deco;
    }

    /** The height the whole table (top padding, title, header and every row) takes in a column {@code width} wide. */
    double contentHeight(Graphics2D g, BriefingTable table, double width) {
        PageFonts f = deco.fonts();
        double pad = f.px(12);
        double y = pad;
        FontMetrics tm = g.getFontMetrics(f.heading());
        for (String ignored : PageFonts.wrap(g, f.heading(), table.title(), width - 2 * pad)) {
            y += tm.getAscent() + tm.getDescent() + f.px(2);
        }
        y += f.px(6);
        double headerH = g.getFontMetrics(f.smallBold()).getHeight() + f.px(3);
        double rowH = g.getFontMetrics(f.small()).getHeight() + f.px(3);
        return y + headerH + rowH * table.rows().size() - f.px(3); // no gap needed below the last row
    }

    void paint(Graphics2D g, BriefingTable table, Rectangle2D box) {
        PageFonts f = deco.fonts();
        g.setColor(deco.theme().paper());
        g.fill(box);
        double pad = f.px(12);
        double x0 = box.getX() + pad;
        double width = box.getWidth() - 2 * pad;
        double y = box.getY() + pad;
        g.setFont(f.heading());
        g.setColor(deco.theme().text());
        for (String line : PageFonts.wrap(g, f.heading(), table.title(), width)) {
            y += g.getFontMetrics().getAscent();
            g.drawString(line, (float) x0, (float) y);
            y += g.getFontMetrics().getDescent() + f.px(2);
        }
        y += f.px(6);
        int cols = table.headers().size();
        double[] colW = new double[cols];
        FontMetrics fm = g.getFontMetrics(f.small());
        FontMetrics hm = g.getFontMetrics(f.smallBold());
        for (int c = 1; c < cols; c++) {
            colW[c] = hm.stringWidth(table.headers().get(c)) + f.px(10);
            for (List<String> r : table.rows()) {
                colW[c] = Math.max(colW[c], fm.stringWidth(r.get(c)) + f.px(10));
            }
        }
        double rest = width;
        for (int c = 1; c < cols; c++) {
            rest -= colW[c];
        }
        colW[0] = Math.max(f.px(40), rest);
        double rowH = fm.getHeight() + f.px(3);
        y = row(g, table.headers(), colW, x0, y, hm);
        g.setColor(deco.theme().outline());
        g.draw(new Line2D.Double(x0, y - f.px(1), x0 + width, y - f.px(1)));
        int shown = 0;
        for (List<String> r : table.rows()) {
            if (y + 2 * rowH > box.getMaxY() - pad && shown < table.rows().size() - 1) {
                break;
            }
            y = row(g, r, colW, x0, y, fm);
            shown++;
        }
        if (shown < table.rows().size()) {
            g.setFont(f.small());
            g.setColor(deco.theme().muted());
            g.drawString("… and " + (table.rows().size() - shown) + " more rows", (float) x0, (float) (y + fm.getAscent()));
        }
    }

    private double row(Graphics2D g, List<String> cells, double[] colW, double x0, double y, FontMetrics fm) {
        g.setFont(fm.getFont());
        g.setColor(deco.theme().text());
        double x = x0;
        double base = y + fm.getAscent();
        for (int c = 0; c < cells.size(); c++) {
            String s = clip(cells.get(c), fm, colW[c] - deco.fonts().px(6));
            float tx = c == 0 ? (float) x : (float) (x + colW[c] - fm.stringWidth(s));
            g.drawString(s, tx, (float) base);
            x += colW[c];
        }
        return y + fm.getHeight() + deco.fonts().px(3);
    }

    private static String clip(String s, FontMetrics fm, double width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
