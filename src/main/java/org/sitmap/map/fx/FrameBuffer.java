package org.sitmap.map.fx;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.sitmap.map.render.RasterTarget;

/**
 * One frame's pixels, visible to both toolkits without copying: a Java2D {@link BufferedImage}
 * (premultiplied ARGB) and a JavaFX {@link PixelBuffer}/{@link WritableImage} share a single
 * {@code int[]}. The renderer draws with Java2D on a worker thread; the FX thread is then told
 * the buffer changed via {@link #markDirty()}. The same array is exposed as a {@link RasterTarget}
 * so markers can be composited into it directly. Never draw into a buffer that is on screen.
 */
final class FrameBuffer {

    private final int widthPx;
    private final int heightPx;
    private final RasterTarget raster;
    private final BufferedImage awtImage;
    private final PixelBuffer<IntBuffer> pixelBuffer;
    private final WritableImage fxImage;

    FrameBuffer(int widthPx, int heightPx) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        int[] pixels = new int[widthPx * heightPx];
        this.raster = new RasterTarget(pixels, widthPx, heightPx);
        this.awtImage = raster.toImage();
        this.pixelBuffer = new PixelBuffer<>(widthPx, heightPx, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        this.fxImage = new WritableImage(pixelBuffer);
    }

    boolean fits(int w, int h) {
        return w == widthPx && h == heightPx;
    }

    BufferedImage awtImage() {
        return awtImage;
    }

    /** The shared int[] (premultiplied ARGB), for layers that write pixels directly. */
    RasterTarget raster() {
        return raster;
    }

    WritableImage fxImage() {
        return fxImage;
    }

    /** FX thread only: tells JavaFX the whole buffer changed, so the next pulse uploads it. */
    void markDirty() {
        pixelBuffer.updateBuffer(b -> null);
    }
}
