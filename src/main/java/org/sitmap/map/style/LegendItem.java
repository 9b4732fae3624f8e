package org.sitmap.map.style;

/**
 * One legend row: a caption and the symbolizer whose swatch illustrates it. When {@code toggleId}
 * is set, the row can be hidden on its own (e.g. one incident type within the incidents layer):
 * the id goes into the map content's hidden set like a layer id. Immutable.
 */
public record LegendItem(String caption, Symbolizer symbolizer, String toggleId) {

    public LegendItem(String caption, Symbolizer symbolizer) {
        this(caption, symbolizer, null);
    }
}
