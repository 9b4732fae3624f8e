package org.sitmap.districts;

import java.util.List;

/**
 * The district polygons in use: the basemap's approximate zones by default, or official
 * boundaries the user loaded (clipped to the administering side). {@code title} names it for the
 * UI and reports ("Approximate district zones (maps/kashmir.gpkg)"); {@code note} says what was
 * done to it (clipping). Immutable value.
 */
public record DistrictLayer(String title, boolean approximate, List<District> districts, String note) {

    public DistrictLayer {
        districts = List.copyOf(districts);
        note = note == null ? "" : note;
    }
}
