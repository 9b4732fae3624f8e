package org.sitmap.map.style;

/** One legend row: a caption and the symbolizer whose swatch illustrates it. Immutable. */
public record LegendItem(String caption, Symbolizer symbolizer) {
}
