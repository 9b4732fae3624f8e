package org.sitmap.districts.layer;

import java.awt.Color;

/**
 * ColorBrewer palettes (Cynthia Brewer, colorbrewer2.org, Apache-2.0 licensed colour values):
 * YlOrRd 5-class sequential for counts and rates, RdBu 7-class diverging for the change (reversed
 * so that blue is a fall and red a rise), and YlOrBr for the LoC distance bands. Stateless.
 */
public final class Palettes {

    public static final Color[] YL_OR_RD_5 = {new Color(0xffffb2), new Color(0xfecc5c), new Color(0xfd8d3c),
        new Color(0xf03b20), new Color(0xbd0026)};
    /** RdBu 7, blue (fall) to red (rise). */
    public static final Color[] BU_RD_7 = {new Color(0x2166ac), new Color(0x67a9cf), new Color(0xd1e5f0),
        new Color(0xf7f7f7), new Color(0xfddbc7), new Color(0xef8a62), new Color(0xb2182b)};
    /** Rate-ratio class limits between the seven change classes. */
    public static final double[] CHANGE_BREAKS = {0.25, 0.5, 0.8, 1.25, 2, 4};
    public static final Color[] BANDS_4 = {new Color(0xcc4c02), new Color(0xfe9929), new Color(0xfed98e),
        new Color(0xffffd4)};
    public static final Color TOO_FEW = new Color(0xbdbdbd);
    public static final Color NO_VALUE = new Color(0xf0f0f0);

    private Palettes() {
    }

    public static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
