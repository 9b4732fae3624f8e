package org.sitmap.io.incidents;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import org.sitmap.core.Incident;

/**
 * Exports incidents as a GeoJSON FeatureCollection (RFC 7946, WGS 84 lon/lat) of Point features
 * whose properties are all our fields under their snake_case names ({@link SitmapFields#NAMES}),
 * nulls included, written with Jackson's streaming generator; the store id, when set, becomes the
 * feature id. Coordinates are written with full double precision so {@link GeoJsonReader} reads back
 * the same values. Stateless and thread-safe.
 */
public final class GeoJsonWriter implements IncidentWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(Iterable<Incident> incidents, Path out) throws IOException {
        AtomicFile.write(out, stream -> {
            try (JsonGenerator g = FACTORY.createGenerator(stream, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeArrayFieldStart("features");
                for (Incident i : incidents) {
                    feature(g, i);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }

    private static void feature(JsonGenerator g, Incident i) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        if (i.id() != null) {
            g.writeNumberField("id", i.id());
        }
        g.writeFieldName("geometry");
        if (Double.isNaN(i.lon()) || Double.isNaN(i.lat())) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(i.lon());
            g.writeNumber(i.lat());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeObjectFieldStart("properties");
        for (String name : SitmapFields.NAMES) {
            Object value = SitmapFields.value(i, name);
            g.writeFieldName(name);
            if (value == null) {
                g.writeNull();
            } else if (value instanceof Integer) {
                g.writeNumber((Integer) value);
            } else {
                g.writeString(value.toString());
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
