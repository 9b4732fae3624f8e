package org.sitmap.map.fx;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.sitmap.map.style.Symbolizer;

/**
 * Legend swatches for the layer panel, drawn by the very symbolizers the renderer uses (so the
 * legend cannot drift from the map) and handed to JavaFX as images. FX thread or any thread.
 */
final class SwatchImages {

    private SwatchImages() {
    }

    static Image of(Symbolizer symbolizer, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        symbolizer.paintSwatch(g, w, h);
        g.dispose();
        WritableImage fx = new WritableImage(w, h);
        int[] pixels = img.getRGB(0, 0, w, h, null, 0, w);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }
}
