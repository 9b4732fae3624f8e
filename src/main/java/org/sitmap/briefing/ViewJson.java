package org.sitmap.briefing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;

/**
 * The JSON a saved view keeps in the file's {@code state_json} column: the extent, hidden layers,
 * the whole {@link ViewState} and the district table's choice. Field names are written out here
 * (not derived by reflection) so renaming a Java field never silently changes the file format;
 * times are ISO-8601 UTC so the column reads well in any SQLite tool. Reading names the field
 * and the reason when something is missing or wrong. Stateless; thread-safe.
 */
public final class ViewJson {

    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewJson() {
    }

    /** What {@code state_json} holds (everything of a view but its id, title, notes and times). */
    public record Payload(MapExtent extent, Set<String> hiddenLayerIds, ViewState state, String districtChoice) {
    }

    public static String write(Payload p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ArrayNode extent = root.putArray("extent_lonlat");
        extent.add(p.extent().minLon()).add(p.extent().minLat()).add(p.extent().maxLon()).add(p.extent().maxLat());
        strings(root.putArray("hidden_layers"), new TreeSet<>(p.hiddenLayerIds()));
        ViewState s = p.state();
        ObjectNode st = root.putObject("view_state");
        window(st.putObject("window"), s.window());
        window(st.putObject("compare_window"), s.compareWindow());
        st.put("compare", s.compare());
        st.put("pivot", s.pivotId());
        st.put("day_zone", s.dayZone().code());
        TreeSet<String> types = new TreeSet<>();
        s.hiddenTypes().forEach(t -> types.add(t.code()));
        strings(st.putArray("hidden_types"), types);
        strings(st.putArray("sides"), new TreeSet<>(s.sides()));
        strings(st.putArray("districts"), new TreeSet<>(s.districts()));
        st.put("min_casualties", s.minCasualties());
        TreeSet<String> rel = new TreeSet<>();
        s.hiddenReliability().forEach(c -> rel.add(String.valueOf(c)));
        strings(st.putArray("hidden_reliability"), rel);
        ArrayNode cred = st.putArray("hidden_credibility");
        new TreeSet<>(s.hiddenCredibility()).forEach(cred::add);
        st.put("max_location_precision", s.maxLocationPrecision());
        st.put("text", s.text());
        if (p.districtChoice() == null) {
            root.putNull("district_choice");
        } else {
            root.put("district_choice", p.districtChoice());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write view JSON", e);
        }
    }

    /** Parses {@code state_json}; the message of the exception names the field and the reason. */
    public static Payload read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new IllegalArgumentException("field 'version': expected " + VERSION + ", got " + root.path("version"));
        }
        JsonNode e = need(root, "extent_lonlat");
        if (!e.isArray() || e.size() != 4) {
            throw new IllegalArgumentException("field 'extent_lonlat': expected [minLon, minLat, maxLon, maxLat]");
        }
        MapExtent extent = new MapExtent(num(e.get(0), "extent_lonlat[0]"), num(e.get(1), "extent_lonlat[1]"),
                num(e.get(2), "extent_lonlat[2]"), num(e.get(3), "extent_lonlat[3]"));
        Set<String> hidden = strings(root.path("hidden_layers"));
        JsonNode st = need(root, "view_state");
        TimeWindow window = window(need(st, "window"), "view_state.window");
        TimeWindow compare = window(need(st, "compare_window"), "view_state.compare_window");
        String zoneCode = text(need(st, "day_zone"), "view_state.day_zone");
        ReportZone zone = ReportZone.fromCode(zoneCode).orElseThrow(() ->
                new IllegalArgumentException("field 'view_state.day_zone': unknown zone '" + zoneCode + "'"));
        Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
        for (String code : strings(st.path("hidden_types"))) {
            types.add(IncidentType.fromCode(code).orElseThrow(() ->
                    new IllegalArgumentException("field 'view_state.hidden_types': unknown type '" + code + "'")));
        }
        Set<Character> rel = new LinkedHashSet<>();
        for (String r : strings(st.path("hidden_reliability"))) {
            if (r.length() != 1 || r.charAt(0) < 'A' || r.charAt(0) > 'F') {
                throw new IllegalArgumentException("field 'view_state.hidden_reliability': '" + r + "' is not A–F");
            }
            rel.add(r.charAt(0));
        }
        Set<Integer> cred = new LinkedHashSet<>();
        for (JsonNode c : st.path("hidden_credibility")) {
            if (!c.isInt() || c.asInt() < 1 || c.asInt() > 6) {
                throw new IllegalArgumentException("field 'view_state.hidden_credibility': " + c + " is not 1–6");
            }
            cred.add(c.asInt());
        }
        int minCasualties = st.path("min_casualties").asInt(0);
        if (minCasualties < 0) {
            throw new IllegalArgumentException("field 'view_state.min_casualties': must be ≥ 0, got " + minCasualties);
        }
        JsonNode pivot = st.path("pivot");
        ViewState state = new ViewState(window, compare, st.path("compare").asBoolean(false),
                pivot.isTextual() ? pivot.asText() : null, zone, types, strings(st.path("sides")),
                strings(st.path("districts")), minCasualties, rel, cred, st.path("max_location_precision").asInt(0),
                st.path("text").asText(""));
        JsonNode dc = root.path("district_choice");
        return new Payload(extent, hidden, state, dc.isTextual() ? dc.asText() : null);
    }

    private static void window(ObjectNode node, TimeWindow w) {
        node.put("start_utc", Instant.ofEpochMilli(w.startMs()).toString());
        node.put("end_utc", Instant.ofEpochMilli(w.endMs()).toString());
    }

    private static TimeWindow window(JsonNode node, String field) {
        Instant start = instant(need(node, "start_utc"), field + ".start_utc");
        Instant end = instant(need(node, "end_utc"), field + ".end_utc");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("field '" + field + "': end " + end + " is before start " + start);
        }
        return new TimeWindow(start.toEpochMilli(), end.toEpochMilli());
    }

    private static Instant instant(JsonNode n, String field) {
        try {
            return Instant.parse(text(n, field));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("field '" + field + "': not an ISO-8601 UTC time: '" + n.asText() + "'");
        }
    }

    private static JsonNode need(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return n;
    }

    private static String text(JsonNode n, String field) {
        if (!n.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "': expected text, got " + n);
        }
        return n.asText();
    }

    private static double num(JsonNode n, String field) {
        if (n == null || !n.isNumber()) {
            throw new IllegalArgumentException("field '" + field + "': expected a number, got " + n);
        }
        return n.asDouble();
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        if (array != null && array.isArray()) {
            for (JsonNode n : array) {
                out.add(n.asText());
            }
        }
        return out;
    }
}
