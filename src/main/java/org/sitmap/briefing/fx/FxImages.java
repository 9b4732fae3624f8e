package org.sitmap.briefing.fx;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Copies a premultiplied-ARGB BufferedImage into a JavaFX image (FX thread). Stateless. */
final class FxImages {

    private FxImages() {
    }

    static WritableImage of(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("expected TYPE_INT_ARGB_PRE, got type " + img.getType());
        }
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        WritableImage out = new WritableImage(img.getWidth(), img.getHeight());
        out.getPixelWriter().setPixels(0, 0, img.getWidth(), img.getHeight(), PixelFormat.getIntArgbPreInstance(), px, 0,
                img.getWidth());
        return out;
    }
}
