package org.sitmap.io.incidents;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;

/**
 * Turns one KML Placemark into an incident: name is the location, description the notes, the first
 * Point (also inside a MultiGeometry) the position, the placemark's own TimeStamp/TimeSpan or else
 * the inherited one the time. A TimeStamp is the window its value denotes ({@link KmlTime}); a
 * TimeSpan runs from the start of begin's window to the end of end's (a missing side takes the
 * other's); the precision follows from the window's length (a year or month is a RANGE, a date a
 * DAY, a dateTime EXACT). {@code <Data name><value>} and {@code <SimpleData name>} entries with our
 * snake_case field names override all of this, which is how {@link KmlWriter}'s exports round-trip.
 * KML has no incident type, so without a {@code type} entry the type is other, quietly. Not
 * thread-safe: one per read call.
 */
final class KmlPlacemark {

    /** The raw text of a TimeStamp ({@code when}) or TimeSpan ({@code begin}, {@code end}) and its line. */
    record TimeText(String when, String begin, String end, long line, boolean span) {
    }

    private final RowValidator v;
    private final IncidentSink sink;
    private final ProgressMeter meter;
    private final RowTime time = new RowTime();

    KmlPlacemark(RowValidator validator, IncidentSink sink, ProgressMeter meter) {
        this.v = validator;
        this.sink = sink;
        this.meter = meter;
    }

    /** Reads a TimeStamp or TimeSpan whose start tag was just read, through its end tag. */
    static TimeText readTime(XMLStreamReader r) throws XMLStreamException {
        long line = r.getLocation().getLineNumber();
        boolean span = "TimeSpan".equals(r.getLocalName());
        String when = null;
        String begin = null;
        String end = null;
        for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "when": when = text(r); break;
                    case "begin": begin = text(r); break;
                    case "end": end = text(r); break;
                    default: KmlReader.skip(r);
                }
            }
        }
        return new TimeText(when, begin, end, line, span);
    }

    /** The text content of the element whose start tag was just read; child elements are skipped. */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        for (int event = r.next(); event != XMLStreamConstants.END_ELEMENT; event = r.next()) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                sb.append(r.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                KmlReader.skip(r);
            }
        }
        return sb.toString();
    }

    /** Reads the Placemark whose start tag was just read, through its end tag, and emits it if valid. */
    void read(XMLStreamReader r, TimeText inherited) throws XMLStreamException {
        v.startRow(r.getLocation().getLineNumber());
        String name = null;
        String description = null;
        TimeText own = null;
        String coordinates = null;
        String otherGeometry = null;
        String dataName = null;
        Map<String, String> data = new HashMap<>();
        int depth = 0;
        while (depth >= 0) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if ("Data".equals(r.getLocalName())) {
                    dataName = null;
                }
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = r.getLocalName();
            if (depth == 0 && "name".equals(element)) {
                name = text(r);
            } else if (depth == 0 && "description".equals(element)) {
                description = text(r);
            } else if (depth == 0 && ("TimeStamp".equals(element) || "TimeSpan".equals(element))) {
                own = readTime(r);
            } else if ("coordinates".equals(element) && coordinates == null) {
                coordinates = text(r);
            } else if ("value".equals(element) && dataName != null) {
                data.put(dataName, text(r));
            } else if ("SimpleData".equals(element)) {
                String key = r.getAttributeValue(null, "name");
                String value = text(r);
                if (key != null) {
                    data.put(key, value);
                }
            } else if (isNonPointGeometry(element) && coordinates == null) {
                otherGeometry = element;
                KmlReader.skip(r);
            } else {
                if ("Data".equals(element)) {
                    dataName = r.getAttributeValue(null, "name");
                }
                depth++;
            }
        }
        Incident incident = build(name, description, own != null ? own : inherited, own == null, coordinates,
                otherGeometry, data::get);
        if (incident != null) {
            sink.accept(v.line(), incident);
        }
        meter.row();
    }

    private static boolean isNonPointGeometry(String element) {
        switch (element) {
            case "LineString": case "LinearRing": case "Polygon": case "Model": case "Track": case "MultiTrack":
                return true;
            default:
                return false;
        }
    }

    private Incident build(String name, String description, TimeText t, boolean inheritedTime, String coordinates,
            String otherGeometry, SitmapFields.Source data) {
        IncidentBuilder b = new IncidentBuilder();
        time.reset();
        time.zone = ReportZone.UTC;
        if (t != null) {
            kmlWindow(t, inheritedTime);
        } else if (RowValidator.isBlank(data.get(SitmapFields.START_UTC))) {
            v.error("when", "missing date (no TimeStamp or TimeSpan on the placemark or its folders)");
        }
        SitmapFields.applyTimes(data, time, v);
        time.applyTo(b, v, t != null && t.span() ? "end" : SitmapFields.END_UTC);
        b.location(RowValidator.text(name == null ? null : name.strip()))
                .notes(RowValidator.text(description == null ? null : description.strip()));
        String type = data.get(SitmapFields.TYPE);
        b.type(type == null ? IncidentType.OTHER : v.type(SitmapFields.TYPE, type));
        SitmapFields.applyFields(data, b, v);
        if (coordinates == null && otherGeometry != null) {
            v.error("geometry", "geometry <" + otherGeometry + "> is not a Point");
        } else {
            Double lon = null;
            Double lat = null;
            if (coordinates != null && !coordinates.isBlank()) {
                String tuple = coordinates.strip().split("\\s+", 2)[0];
                String[] parts = tuple.split(",", -1);
                lon = v.coordinate("coordinates", parts[0]);
                lat = parts.length > 1 ? v.coordinate("coordinates", parts[1]) : null;
            }
            if (v.point(lon, lat, "coordinates", "coordinates")) {
                b.lon(lon).lat(lat);
            }
        }
        return v.finish(b, SitmapFields.SOURCE_EVENT_ID);
    }

    private void kmlWindow(TimeText t, boolean inheritedTime) {
        String beginText = t.span() ? (t.begin() != null ? t.begin() : t.end()) : t.when();
        String endText = t.span() ? (t.end() != null ? t.end() : t.begin()) : t.when();
        KmlTime begin = window(t.span() ? "begin" : "when", beginText, t, inheritedTime);
        boolean oneValue = !t.span() || t.begin() == null || t.end() == null;
        KmlTime end = oneValue ? begin : window("end", endText, t, inheritedTime);
        if (begin == null || end == null) {
            return;
        }
        time.set(begin.start(), end.end(), CalendarDates.precisionOf(begin.start(), end.end()), begin.zone());
    }

    private KmlTime window(String field, String raw, TimeText t, boolean inheritedTime) {
        KmlTime parsed = KmlTime.parse(raw);
        String from = inheritedTime ? " (inherited from the folder's time on line " + t.line() + ")" : "";
        if (parsed == null) {
            v.error(field, RowValidator.isBlank(raw) ? "missing date" + from
                    : "unparseable date '" + raw.strip() + "' (expected " + KmlTime.EXPECTED + ")" + from);
        } else if (parsed.zoneless()) {
            v.warning(field, "date-time '" + raw.strip() + "' has no time zone; read as UTC" + from);
        }
        return parsed;
    }
}
