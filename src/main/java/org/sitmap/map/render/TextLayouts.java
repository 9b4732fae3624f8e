package org.sitmap.map.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shared cache of laid-out label text. Place and boundary names repeat from frame to frame, and
 * laying out text is the most expensive part of label placement; {@link TextLayout} is immutable,
 * so one instance serves every render thread. Bounded: cleared when it grows past a few thousand.
 */
final class TextLayouts {

    private record Key(String text, Font font) {
    }

    private static final int MAX_ENTRIES = 8_000;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final ConcurrentHashMap<Key, TextLayout> CACHE = new ConcurrentHashMap<>();

    private TextLayouts() {
    }

    static TextLayout of(String text, Font font) {
        if (CACHE.size() > MAX_ENTRIES) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(new Key(text, font), k -> new TextLayout(k.text(), k.font(), FRC));
    }
}
