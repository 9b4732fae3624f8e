package org.sitmap.io.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sitmap.core.Incident;

/**
 * An incident's values as the audit log keeps them: a JSON object keyed by the schema's column
 * names ({@code lon}/{@code lat} for the geometry, times as ISO-8601 UTC), either the whole record
 * or only the fields two versions differ in. Readable in any SQLite browser and in the CSV export.
 * Stateless and thread-safe.
 */
public final class IncidentJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IncidentJson() {
    }

    /** Every field of the record, in schema order (nulls included, so "cleared" is visible). */
    public static Map<String, Object> fields(Incident i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fid", i.id());
        m.put("lon", i.lon());
        m.put("lat", i.lat());
        m.put("source_event_id", i.sourceEventId());
        m.put("start_utc", IncidentRows.DATETIME.format(i.startUtc()));
        m.put("end_utc", IncidentRows.DATETIME.format(i.endUtc()));
        m.put("time_precision", i.timePrecision().code());
        m.put("report_zone", i.reportZone().code());
        m.put("type", i.type().code());
        m.put("sub_type", i.subType());
        m.put("actor", i.actor());
        m.put("reporting_side", i.reportingSide());
        m.put("admin1", i.admin1());
        m.put("district", i.district());
        m.put("location", i.location());
        m.put("location_precision_scheme", i.locationPrecisionScheme());
        m.put("location_precision_code", i.locationPrecisionCode());
        m.put("killed_total", i.killedTotal());
        m.put("killed_civilian", i.killedCivilian());
        m.put("killed_security", i.killedSecurity());
        m.put("injured_total", i.injuredTotal());
        m.put("injured_civilian", i.injuredCivilian());
        m.put("injured_security", i.injuredSecurity());
        m.put("source_names", i.sourceNames());
        m.put("source_urls", i.sourceUrls());
        m.put("reliability", i.reliability() == null ? null : i.reliability().toString());
        m.put("credibility", i.credibility());
        m.put("notes", i.notes());
        return m;
    }

    public static String full(Incident i) {
        return write(fields(i));
    }

    /** The fields whose values differ: [old values, new values], each a JSON object of those fields. */
    public static String[] changes(Incident before, Incident after) {
        Map<String, Object> a = fields(before);
        Map<String, Object> b = fields(after);
        Map<String, Object> oldValues = new LinkedHashMap<>();
        Map<String, Object> newValues = new LinkedHashMap<>();
        for (var e : a.entrySet()) {
            Object now = b.get(e.getKey());
            if (!Objects.equals(e.getValue(), now)) {
                oldValues.put(e.getKey(), e.getValue());
                newValues.put(e.getKey(), now);
            }
        }
        return new String[] {write(oldValues), write(newValues)};
    }

    /** The names of the fields that differ, comma-separated (for conflict messages). */
    public static String changedFieldNames(Incident before, Incident after) {
        Map<String, Object> a = fields(before);
        Map<String, Object> b = fields(after);
        StringBuilder sb = new StringBuilder();
        for (var e : a.entrySet()) {
            if (!Objects.equals(e.getValue(), b.get(e.getKey()))) {
                sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey());
            }
        }
        return sb.toString();
    }

    static String write(Map<String, ?> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** A JSON object read back as a map (for views and tests); an empty map for null or blank. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
        }
    }
}
