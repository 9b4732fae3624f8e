package org.sitmap.io.incidents;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.ReportZone;

/**
 * Reads a GeoJSON FeatureCollection of Point features whose properties use our snake_case field
 * names ({@link SitmapFields#NAMES}; start_utc and end_utc are ISO-8601 instants). The file is
 * streamed with Jackson's parser and only one feature at a time is turned into a tree, so memory
 * stays flat; a feature's line is that of its opening brace. start_utc is required; a missing
 * end_utc means an instant, a missing time_precision is derived from the window, a missing
 * report_zone is UTC. Stateless and thread-safe (the shared {@link ObjectMapper} is only read);
 * each call runs on the caller's thread.
 */
public final class GeoJsonReader implements IncidentReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String GEOMETRY = "geometry";

    @Override
    public void read(Path file, IncidentSink sink, IssueSink issues, ProgressListener progress)
            throws ImportException {
        try (InputStream in = Files.newInputStream(file);
             CountingInputStream counter = new CountingInputStream(in);
             JsonParser p = MAPPER.createParser(counter)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(file, "not a GeoJSON FeatureCollection (the file is not a JSON object)");
            }
            ProgressMeter meter = new ProgressMeter(progress, counter, Files.size(file));
            RowValidator v = new RowValidator(file, issues);
            boolean sawFeatures = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("type".equals(name) && !"FeatureCollection".equals(p.getValueAsString())) {
                    throw new ImportException(file, "GeoJSON type is '" + p.getText()
                            + "'; expected a FeatureCollection");
                } else if ("features".equals(name)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw at(file, p.currentTokenLocation(), "'features' is not an array", null);
                    }
                    readFeatures(p, v, sink, meter);
                    sawFeatures = true;
                } else {
                    p.skipChildren();
                }
            }
            if (!sawFeatures) {
                throw new ImportException(file, "not a GeoJSON FeatureCollection (no 'features' array)");
            }
            meter.done();
        } catch (JsonProcessingException e) {
            throw at(file, e.getLocation(), "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e, e);
        }
    }

    private static ImportException at(Path file, JsonLocation location, String reason, Throwable cause) {
        return location == null ? new ImportException(file, reason, cause)
                : new ImportException(file, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()),
                        reason, cause);
    }

    private static void readFeatures(JsonParser p, RowValidator v, IncidentSink sink, ProgressMeter meter)
            throws IOException {
        RowTime time = new RowTime();
        PropertySource props = new PropertySource();
        long index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            index++;
            long line = p.currentTokenLocation().getLineNr();
            v.startRow(line > 0 ? line : index);
            JsonNode feature = MAPPER.readTree(p);
            Incident incident = null;
            if (feature.isObject()) {
                incident = readFeature(feature, props, v, time);
            } else {
                v.error(null, "feature " + index + " is not a JSON object");
            }
            if (incident != null) {
                sink.accept(v.line(), incident);
            }
            meter.row();
        }
    }

    private static Incident readFeature(JsonNode feature, PropertySource props, RowValidator v, RowTime time) {
        props.node = feature.get("properties");
        IncidentBuilder b = new IncidentBuilder();
        time.reset();
        time.zone = ReportZone.UTC;
        if (RowValidator.isBlank(props.get(SitmapFields.START_UTC))) {
            v.error(SitmapFields.START_UTC, "missing date");
        }
        SitmapFields.applyTimes(props, time, v);
        time.applyTo(b, v, SitmapFields.END_UTC);
        b.type(v.type(SitmapFields.TYPE, props.get(SitmapFields.TYPE)));
        SitmapFields.applyFields(props, b, v);
        JsonNode geometry = feature.get(GEOMETRY);
        Double lon = null;
        Double lat = null;
        boolean point = true;
        if (geometry != null && geometry.isObject()) {
            String type = geometry.path("type").asText("");
            JsonNode coordinates = geometry.get("coordinates");
            if (!"Point".equals(type)) {
                v.error(GEOMETRY, "geometry type '" + type + "' is not a Point");
                point = false;
            } else if (coordinates != null && coordinates.isArray() && coordinates.size() >= 2) {
                lon = v.coordinate("geometry.coordinates[0]", coordinates.get(0).asText(""));
                lat = v.coordinate("geometry.coordinates[1]", coordinates.get(1).asText(""));
            }
        }
        if (point && v.point(lon, lat, GEOMETRY, GEOMETRY)) {
            b.lon(lon).lat(lat);
        }
        return v.finish(b, SitmapFields.SOURCE_EVENT_ID);
    }

    /** The current feature's properties as a {@link SitmapFields.Source}; JSON null reads as "". */
    private static final class PropertySource implements SitmapFields.Source {
        JsonNode node;

        @Override
        public String get(String name) {
            JsonNode value = node == null ? null : node.get(name);
            if (value == null) {
                return null;
            }
            if (value.isNull()) {
                return "";
            }
            return value.isValueNode() ? value.asText() : value.toString();
        }
    }
}
