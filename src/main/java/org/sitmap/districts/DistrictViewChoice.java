package org.sitmap.districts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the user chose in the district view, as one plain value a saved view or briefing can keep:
 * the choropleth metric, the sort column (a header of {@link DistrictTableFormat#HEADERS}) and
 * direction, the selected district (its side-qualified key, e.g. {@code PK:poonch}, or "" for
 * none), whether the choropleth and the LoC bands are shown, and whether the district panel is
 * docked under the map. Round-trips through a JSON string; JSON written before a field existed
 * reads it as false. Immutable value.
 */
public record DistrictViewChoice(ChoroplethMetric metric, String sortColumn, boolean ascending,
                                 String selectedDistrict, boolean choroplethOn, boolean bandsOn, boolean panelShown) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public DistrictViewChoice {
        metric = metric == null ? ChoroplethMetric.AFTER_COUNT : metric;
        sortColumn = sortColumn == null || !DistrictTableFormat.HEADERS.contains(sortColumn) ? "After" : sortColumn;
        selectedDistrict = selectedDistrict == null ? "" : selectedDistrict;
    }

    public static DistrictViewChoice defaults() {
        return new DistrictViewChoice(ChoroplethMetric.AFTER_COUNT, "After", false, "", false, false, false);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the district view choice: " + e.getMessage(), e);
        }
    }

    /** Parses {@link #toJson()} output; unknown fields are ignored, missing ones take the defaults. */
    public static DistrictViewChoice fromJson(String json) {
        try {
            return JSON.readValue(json, DistrictViewChoice.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a district view choice: " + e.getOriginalMessage(), e);
        }
    }

    public DistrictViewChoice withMetric(ChoroplethMetric m) {
        return new DistrictViewChoice(m, sortColumn, ascending, selectedDistrict, choroplethOn, bandsOn, panelShown);
    }

    public DistrictViewChoice withSort(String column, boolean asc) {
        return new DistrictViewChoice(metric, column, asc, selectedDistrict, choroplethOn, bandsOn, panelShown);
    }

    public DistrictViewChoice withSelected(String key) {
        return new DistrictViewChoice(metric, sortColumn, ascending, key, choroplethOn, bandsOn, panelShown);
    }

    public DistrictViewChoice withChoropleth(boolean on) {
        return new DistrictViewChoice(metric, sortColumn, ascending, selectedDistrict, on, bandsOn, panelShown);
    }

    public DistrictViewChoice withBands(boolean on) {
        return new DistrictViewChoice(metric, sortColumn, ascending, selectedDistrict, choroplethOn, on, panelShown);
    }

    public DistrictViewChoice withPanelShown(boolean shown) {
        return new DistrictViewChoice(metric, sortColumn, ascending, selectedDistrict, choroplethOn, bandsOn, shown);
    }

    /** The column the choice sorts by, as an index into {@link DistrictTableFormat#HEADERS}. */
    public int sortIndex() {
        return DistrictTableFormat.HEADERS.indexOf(sortColumn);
    }
}
