package org.sitmap.incidents.layer;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.core.IncidentType;
import org.sitmap.map.style.LegendItem;
import org.sitmap.map.style.MarkerShape;
import org.sitmap.map.style.Symbolizer;

/**
 * The symbol of each incident type (shape and colour, both distinct) and the marker sizes by
 * casualties. One table, used by the map, the legend and (later) the histogram, so colours
 * agree everywhere. Immutable constants.
 */
public final class IncidentSymbols {

    public static final String LAYER_ID = "incidents";
    private static final Color OUTLINE = new Color(255, 255, 255, 235);

    private static final MarkerShape[] SHAPES = {
        MarkerShape.CIRCLE,        // artillery/shelling
        MarkerShape.SQUARE,        // mortar
        MarkerShape.TRIANGLE_UP,   // small-arms fire
        MarkerShape.TRIANGLE_DOWN, // sniping
        MarkerShape.DIAMOND,       // drone incursion
        MarkerShape.HEXAGON,       // drone strike
        MarkerShape.STAR,          // air strike
        MarkerShape.CROSS,         // missile
        MarkerShape.PENTAGON,      // IED/explosion
        MarkerShape.PLUS,          // infiltration
        MarkerShape.RING,          // ceasefire violation (unspecified)
        MarkerShape.SQUARE,        // other
    };

    private static final Color[] COLOURS = {
        new Color(0xD62728), new Color(0xFF7F0E), new Color(0x1F77B4), new Color(0x17BECF),
        new Color(0x9467BD), new Color(0x4B1F73), new Color(0x8C564B), new Color(0xE377C2),
        new Color(0xBCBD22), new Color(0x2CA02C), new Color(0x555555), new Color(0x999999),
    };

    /** Marker sizes in pixels for 0, 1–2, 3–5 and 6+ casualties (killed + injured). */
    static final float[] SIZES_PX = {10f, 13f, 16f, 20f};

    static final Symbolizer.Marker[][] MARKERS = new Symbolizer.Marker[COLOURS.length][SIZES_PX.length];
    /** The same, hollow: for incidents placed only to a sector or district (location precision 2+). */
    static final Symbolizer.HollowMarker[][] HOLLOW = new Symbolizer.HollowMarker[COLOURS.length][SIZES_PX.length];

    static {
        for (int t = 0; t < COLOURS.length; t++) {
            for (int s = 0; s < SIZES_PX.length; s++) {
                MARKERS[t][s] = new Symbolizer.Marker(SHAPES[t], COLOURS[t], OUTLINE, SIZES_PX[s]);
                HOLLOW[t][s] = new Symbolizer.HollowMarker(SHAPES[t], COLOURS[t], SIZES_PX[s]);
            }
        }
    }

    /**
     * Whether a location precision code means the position is approximate (drawn hollow): 2 and
     * above is "near a place / sector" or coarser in ACLED, UCDP and Sitmap's own scale alike;
     * 0 (unknown) and 1 (the point) are drawn solid.
     */
    public static boolean approximate(int locationPrecisionCode) {
        return locationPrecisionCode >= 2;
    }

    private IncidentSymbols() {
    }

    public static Color colour(IncidentType type) {
        return COLOURS[type.ordinal()];
    }

    public static String toggleId(IncidentType type) {
        return LAYER_ID + "/" + type.code();
    }

    static int sizeClass(int casualties) {
        if (casualties <= 0) {
            return 0;
        }
        if (casualties <= 2) {
            return 1;
        }
        return casualties <= 5 ? 2 : 3;
    }

    static Symbolizer marker(int typeOrdinal, int casualties, boolean hollow) {
        return hollow ? HOLLOW[typeOrdinal][sizeClass(casualties)] : MARKERS[typeOrdinal][sizeClass(casualties)];
    }

    public static List<LegendItem> legend() {
        List<LegendItem> items = new ArrayList<>();
        for (IncidentType t : IncidentType.values()) {
            items.add(new LegendItem(t.label(), MARKERS[t.ordinal()][1], toggleId(t)));
        }
        items.add(new LegendItem("Size: killed + injured (0, 1–2, 3–5, 6+)", MARKERS[0][3]));
        items.add(new LegendItem("Hollow: sector or district only", HOLLOW[0][2]));
        items.add(new LegendItem("Ring: straddles the pivot",
                new Symbolizer.Marker(MarkerShape.RING, new Color(0x222222), Color.WHITE, 14f)));
        return items;
    }
}
