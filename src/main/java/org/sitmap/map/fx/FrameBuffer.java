package org.sitmap.map.fx;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One frame's pixels, visible to both toolkits without copying: a Java2D {@link BufferedImage}
 * (premultiplied ARGB) and a JavaFX {@link PixelBuffer}/{@link WritableImage} share a single
 * {@code int[]}. The renderer draws with Java2D on a worker thread; the FX thread is then told
 * the buffer changed via {@link #markDirty()}. Never draw into a buffer that is on screen.
 */
final class FrameBuffer {

    private final int widthPx;
    private final int heightPx;
    private final BufferedImage awtImage;
    private final PixelBuffer<IntBuffer> pixelBuffer;
    private final WritableImage fxImage;

    FrameBuffer(int widthPx, int heightPx) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        int[] pixels = new int[widthPx * heightPx];
        DataBufferInt data = new DataBufferInt(pixels, pixels.length);
        DirectColorModel cm = new DirectColorModel(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB),
                32, 0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000, true, java.awt.image.DataBuffer.TYPE_INT);
        SinglePixelPackedSampleModel sm = new SinglePixelPackedSampleModel(java.awt.image.DataBuffer.TYPE_INT,
                widthPx, heightPx, new int[] {0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000});
        WritableRaster raster = Raster.createWritableRaster(sm, data, null);
        this.awtImage = new BufferedImage(cm, raster, true, null);
        this.pixelBuffer = new PixelBuffer<>(widthPx, heightPx, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        this.fxImage = new WritableImage(pixelBuffer);
    }

    boolean fits(int w, int h) {
        return w == widthPx && h == heightPx;
    }

    BufferedImage awtImage() {
        return awtImage;
    }

    WritableImage fxImage() {
        return fxImage;
    }

    /** FX thread only: tells JavaFX the whole buffer changed, so the next pulse uploads it. */
    void markDirty() {
        pixelBuffer.updateBuffer(b -> null);
    }
}
