package org.sitmap.map.render;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * The pixels behind a render target when they are one of our own {@code int[]} buffers in
 * premultiplied ARGB (0xAARRGGBB, row-major, stride = width): what lets layers draw markers by
 * copying pixels instead of calling Java2D. The array is shared with the Java2D image (and, on
 * screen, with JavaFX), so writes are visible to both. Used by the render thread only.
 */
public record RasterTarget(int[] pixels, int widthPx, int heightPx) {

    public RasterTarget {
        if (widthPx <= 0 || heightPx <= 0 || pixels.length < widthPx * heightPx) {
            throw new IllegalArgumentException("raster " + widthPx + "x" + heightPx + " over " + pixels.length + " ints");
        }
    }

    /** A Java2D image over the same array (no copy): what Java2D draws into this raster through. */
    public BufferedImage toImage() {
        DataBufferInt data = new DataBufferInt(pixels, widthPx * heightPx);
        DirectColorModel cm = new DirectColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), 32,
                0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000, true, DataBuffer.TYPE_INT);
        SinglePixelPackedSampleModel sm = new SinglePixelPackedSampleModel(DataBuffer.TYPE_INT, widthPx, heightPx,
                new int[] {0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000});
        WritableRaster raster = Raster.createWritableRaster(sm, data, null);
        return new BufferedImage(cm, raster, true, null);
    }

    /**
     * The raster of {@code image} when it is a premultiplied ARGB image over a single packed
     * {@code int[]} with no offset or padding, else null (callers then draw with Java2D only).
     */
    public static RasterTarget of(BufferedImage image) {
        if (!(image.getColorModel() instanceof DirectColorModel cm) || !cm.isAlphaPremultiplied()
                || cm.getRedMask() != 0x00ff0000 || cm.getGreenMask() != 0x0000ff00 || cm.getBlueMask() != 0x000000ff
                || cm.getAlphaMask() != 0xff000000
                || !(image.getRaster().getDataBuffer() instanceof DataBufferInt data)
                || data.getNumBanks() != 1 || data.getOffset() != 0
                || !(image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel sm)
                || sm.getScanlineStride() != image.getWidth()
                || image.getRaster().getSampleModelTranslateX() != 0 || image.getRaster().getSampleModelTranslateY() != 0) {
            return null;
        }
        return new RasterTarget(data.getData(), image.getWidth(), image.getHeight());
    }
}
