package org.sitmap.briefing.export;

import java.awt.Color;

/**
 * Colours of the panels around the map (title block, legend, table, scale bar): LIGHT is the
 * high-contrast projector theme (near-opaque white panels, black text, dark outlines) used for
 * exports too; DARK is for dim rooms (dark panels, white text). The map keeps its own colours.
 */
public enum PageTheme {
    LIGHT(new Color(255, 255, 255, 238), new Color(0x111111), new Color(0x444444), new Color(0x111111),
            new Color(0xF2F2F2)),
    DARK(new Color(22, 26, 31, 232), new Color(0xF5F5F5), new Color(0xC9CDD2), new Color(0xE0E0E0),
            new Color(0x15181C));

    private final Color panel;
    private final Color text;
    private final Color muted;
    private final Color outline;
    private final Color paper;

    PageTheme(Color panel, Color text, Color muted, Color outline, Color paper) {
        this.panel = panel;
        this.text = text;
        this.muted = muted;
        this.outline = outline;
        this.paper = paper;
    }

    public Color panel() {
        return panel;
    }

    public Color text() {
        return text;
    }

    public Color muted() {
        return muted;
    }

    public Color outline() {
        return outline;
    }

    /** Page background outside the map (table column, sources page). */
    public Color paper() {
        return paper;
    }

    public PageTheme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
