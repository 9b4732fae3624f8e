package org.sitmap.briefing.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.sitmap.briefing.BriefingException;
import org.sitmap.briefing.SavedView;

/**
 * One view as a PNG page — the same page as in the PDF (map, title block, legend, scale bar,
 * banners, watermark) — at 1× or 2× (twice the pixels of the same layout, for sharp slides).
 * Written to a temporary file and moved into place. Stateless.
 */
public final class PngViewWriter {

    private PngViewWriter() {
    }

    public static BufferedImage render(BriefingInput in, SavedView v, int widthPx, int heightPx, int scale)
            throws BriefingException {
        if (scale != 1 && scale != 2) {
            throw new BriefingException("PNG scale must be 1 or 2, got " + scale);
        }
        if (widthPx < 200 || heightPx < 150 || widthPx > 10_000 || heightPx > 10_000) {
            throw new BriefingException("PNG size must be 200×150 to 10000×10000 pixels, got " + widthPx + "×" + heightPx);
        }
        ComposedView c = in.compose(v);
        BriefingPage page = in.page(v, c);
        BufferedImage img = new BufferedImage(widthPx * scale, heightPx * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            PageLayout lay = PageLayout.of(widthPx, heightPx, page, 1);
            boolean done = new BriefingPageRenderer().paintPage(g, lay, page, c, v.extent(), in.projection(), in.theme(),
                    () -> Thread.currentThread().isInterrupted());
            if (!done) {
                throw new ExportCancelledException("PNG export of '" + v.title() + "' was interrupted");
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Renders and writes; returns the file size in bytes. */
    public static long write(BriefingInput in, SavedView v, int widthPx, int heightPx, int scale, Path target)
            throws BriefingException {
        BufferedImage img = render(in, v, widthPx, heightPx, scale);
        try {
            return AtomicOutput.write(target, tmp -> {
                if (!ImageIO.write(img, "png", tmp.toFile())) {
                    throw new IOException("no PNG writer available");
                }
            });
        } catch (IOException e) {
            throw new BriefingException(target + ": writing the PNG failed (" + e.getMessage() + "); nothing was written", e);
        }
    }
}
