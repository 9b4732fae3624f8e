package org.sitmap.map.style;

import java.awt.Color;
import java.awt.Font;

/**
 * What label a feature wants and how important it is. Lower {@code priority} values are placed
 * first and win collisions. Immutable.
 */
public record LabelSpec(String text, Font font, Color color, Color halo, int priority, Placement placement) {

    /** Where a label goes relative to its feature. */
    public enum Placement {
        /** Rotated along the straightest long stretch of a line. */
        ALONG_LINE,
        /** Centred on an interior point of a polygon. */
        INTERIOR,
        /** Right of a point marker. */
        BESIDE_POINT
    }
}
