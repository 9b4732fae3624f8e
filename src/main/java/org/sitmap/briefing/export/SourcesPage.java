package org.sitmap.briefing.export;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.util.List;
import org.sitmap.briefing.BannerSettings;
import org.sitmap.briefing.BriefingSources;

/**
 * The briefing's last page: sources and attributions (basemap sources and licences, the incident
 * file, its imports and cited sources, the synthetic note), under the same banners and watermark
 * as the view pages. Stateless.
 */
final class SourcesPage {

    private SourcesPage() {
    }

    static void paint(Graphics2D g, double w, double h, List<BriefingSources.Section> sections, BannerSettings banner,
                      boolean synthetic, Instant generated, PageTheme theme) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        BriefingPage page = new BriefingPage("Sources and attributions", List.of(), "", generated, "", banner, synthetic,
                List.of(), null);
        PageLayout lay = PageLayout.of(w, h, page, 1);
        PageDecorations deco = new PageDecorations(1, theme);
        PageFonts f = deco.fonts();
        g.setColor(theme.paper());
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        if (synthetic) {
            deco.paintWatermarkOnly(g, lay.map());
        }
        double x = f.px(48);
        double width = w - 2 * x;
        double y = lay.bannerPx() + f.px(40);
        g.setColor(theme.text());
        g.setFont(f.title());
        g.drawString(page.title(), (float) x, (float) y);
        y += f.px(14);
        g.setFont(f.small());
        g.setColor(theme.muted());
        y += g.getFontMetrics().getAscent();
        g.drawString("Generated " + BriefingTimes.format(generated) + " by Sitmap, offline.", (float) x, (float) y);
        y += f.px(18);
        for (BriefingSources.Section s : sections) {
            g.setFont(f.heading());
            g.setColor(theme.text());
            y += f.px(10) + g.getFontMetrics().getAscent();
            g.drawString(s.title(), (float) x, (float) y);
            y += f.px(6);
            g.setFont(f.body());
            FontMetrics fm = g.getFontMetrics();
            for (String line : s.lines()) {
                for (String part : PageFonts.wrap(g, f.body(), line, width - f.px(16))) {
                    if (y + fm.getHeight() > h - lay.bannerPx() - f.px(16)) {
                        break;
                    }
                    y += fm.getHeight();
                    g.drawString(part, (float) (x + f.px(16)), (float) y);
                }
            }
        }
        deco.banners(g, lay, page);
    }
}
