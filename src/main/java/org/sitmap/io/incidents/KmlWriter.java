package org.sitmap.io.incidents;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;

/**
 * Exports incidents as KML 2.2 for Google Earth: one Placemark per incident, named after its
 * location (or its type when it has none), with the notes as description, a shared Style per type
 * (icon colour), a {@code <TimeStamp><when>} for exact, hour and day incidents and a
 * {@code <TimeSpan><begin/><end/>} for ranges (so the time slider plays them; times are written in
 * the report zone's offset), and ExtendedData carrying every field under its snake_case name, which
 * {@link KmlReader} treats as authoritative for a lossless round trip. Carriage returns are written
 * as {@code &#13;} so they survive XML line-end normalisation; characters XML 1.0 cannot hold
 * (other control characters) become U+FFFD. Stateless and thread-safe.
 */
public final class KmlWriter implements IncidentWriter {
    private static final String KML_NS = "http://www.opengis.net/kml/2.2";
    private static final Map<IncidentType, String> COLOURS_ABGR = new EnumMap<>(IncidentType.class);

    static {
        COLOURS_ABGR.put(IncidentType.ARTILLERY_SHELLING, "ff0000e0");
        COLOURS_ABGR.put(IncidentType.MORTAR, "ff0070ff");
        COLOURS_ABGR.put(IncidentType.SMALL_ARMS_FIRE, "ff00d7ff");
        COLOURS_ABGR.put(IncidentType.SNIPING, "ff00a5a5");
        COLOURS_ABGR.put(IncidentType.DRONE_INCURSION, "ffffc800");
        COLOURS_ABGR.put(IncidentType.DRONE_STRIKE, "ffff6400");
        COLOURS_ABGR.put(IncidentType.AIR_STRIKE, "ffb40064");
        COLOURS_ABGR.put(IncidentType.MISSILE, "ff8c00c8");
        COLOURS_ABGR.put(IncidentType.IED_EXPLOSION, "ff1e5aa0");
        COLOURS_ABGR.put(IncidentType.INFILTRATION, "ff32b432");
        COLOURS_ABGR.put(IncidentType.CEASEFIRE_VIOLATION, "ff5050ff");
        COLOURS_ABGR.put(IncidentType.OTHER, "ffa0a0a0");
    }

    @Override
    public void write(Iterable<Incident> incidents, Path out) throws IOException {
        AtomicFile.write(out, stream -> {
            try {
                XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
                w.writeStartDocument("UTF-8", "1.0");
                w.writeCharacters("\n");
                w.setDefaultNamespace(KML_NS);
                w.writeStartElement(KML_NS, "kml");
                w.writeDefaultNamespace(KML_NS);
                w.writeStartElement("Document");
                element(w, "name", "Sitmap incidents");
                for (IncidentType type : IncidentType.values()) {
                    style(w, type);
                }
                for (Incident i : incidents) {
                    placemark(w, i);
                }
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndDocument();
                w.close();
            } catch (XMLStreamException e) {
                throw new IOException("cannot write KML: " + e.getMessage(), e);
            }
        });
    }

    private static void style(XMLStreamWriter w, IncidentType type) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement("Style");
        w.writeAttribute("id", styleId(type));
        w.writeStartElement("IconStyle");
        element(w, "color", COLOURS_ABGR.get(type));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String styleId(IncidentType type) {
        return "type-" + type.code();
    }

    private static void placemark(XMLStreamWriter w, Incident i) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement("Placemark");
        element(w, "name", i.location() != null ? i.location() : i.type().label());
        if (i.notes() != null) {
            element(w, "description", i.notes());
        }
        ReportZone zone = i.reportZone();
        if (i.timePrecision() == TimePrecision.RANGE) {
            w.writeStartElement("TimeSpan");
            element(w, "begin", kmlTime(i.startUtc(), zone));
            element(w, "end", kmlTime(i.endUtc(), zone));
        } else {
            w.writeStartElement("TimeStamp");
            element(w, "when", kmlTime(i.startUtc(), zone));
        }
        w.writeEndElement();
        element(w, "styleUrl", "#" + styleId(i.type()));
        w.writeStartElement("ExtendedData");
        for (String name : SitmapFields.NAMES) {
            w.writeStartElement("Data");
            w.writeAttribute("name", name);
            String value = SitmapFields.text(i, name);
            if (value == null) {
                w.writeEmptyElement("value");
            } else {
                element(w, "value", value);
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        if (!Double.isNaN(i.lon()) && !Double.isNaN(i.lat())) {
            w.writeStartElement("Point");
            element(w, "coordinates", i.lon() + "," + i.lat());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /** An xsd:dateTime in the report zone's offset, seconds always present ({@code Z} for UTC). */
    static String kmlTime(Instant instant, ReportZone zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, zone.zone()));
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        characters(w, text);
        w.writeEndElement();
    }

    /** Writes text, keeping carriage returns as character references and replacing non-XML characters. */
    private static void characters(XMLStreamWriter w, String text) throws XMLStreamException {
        int from = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean cr = c == '\r';
            boolean invalid = c < 0x20 && c != '\t' && c != '\n' && !cr || c == 0xFFFE || c == 0xFFFF;
            if (cr || invalid) {
                w.writeCharacters(text.substring(from, k));
                if (cr) {
                    w.writeEntityRef("#13");
                } else {
                    w.writeCharacters("\uFFFD");
                }
                from = k + 1;
            }
        }
        w.writeCharacters(text.substring(from));
    }
}
