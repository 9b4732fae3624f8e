package org.sitmap.io.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads KML and KMZ (a zip holding doc.kml, or else its first .kml) with StAX, streaming: each
 * Placemark with a Point becomes one incident (see {@link KmlPlacemark} for the fields and times);
 * a TimeStamp or TimeSpan on a Document or Folder is inherited by the placemarks inside it that have
 * none of their own. Elements are matched by local name, so KML 2.1, 2.2 and unprefixed files all
 * work; other features (overlays, network links) are ignored. Security: DTDs are refused outright
 * (the file fails with a clear message when a DOCTYPE appears) and external entities are never
 * resolved. Stateless and thread-safe; each call runs on the caller's thread.
 */
public final class KmlReader implements IncidentReader {

    @Override
    public void read(Path file, IncidentSink sink, IssueSink issues, ProgressListener progress)
            throws ImportException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kmz")) {
            readKmz(file, sink, issues, progress);
            return;
        }
        try (InputStream in = Files.newInputStream(file); CountingInputStream counter = new CountingInputStream(in)) {
            parse(file, counter, Files.size(file), sink, issues, progress);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e, e);
        }
    }

    private static void readKmz(Path file, IncidentSink sink, IssueSink issues, ProgressListener progress)
            throws ImportException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("doc.kml");
            for (Enumeration<? extends ZipEntry> e = zip.entries(); entry == null && e.hasMoreElements(); ) {
                ZipEntry candidate = e.nextElement();
                if (!candidate.isDirectory() && candidate.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
                    entry = candidate;
                }
            }
            if (entry == null) {
                throw new ImportException(file, "KMZ holds no .kml file");
            }
            try (InputStream in = zip.getInputStream(entry); CountingInputStream counter = new CountingInputStream(in)) {
                parse(file, counter, Math.max(0, entry.getSize()), sink, issues, progress);
            }
        } catch (ZipException e) {
            throw new ImportException(file, "not a valid KMZ (zip) file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e, e);
        }
    }

    /** A StAX factory that refuses DTDs and never resolves external entities. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        if (factory.isPropertySupported(property)) {
            factory.setProperty(property, value);
        }
    }

    private static void parse(Path file, CountingInputStream in, long bytesTotal, IncidentSink sink, IssueSink issues,
            ProgressListener progress) throws ImportException {
        XMLStreamReader r = null;
        try {
            r = secureFactory().createXMLStreamReader(in);
            ProgressMeter meter = new ProgressMeter(progress, in, bytesTotal);
            KmlPlacemark placemarks = new KmlPlacemark(new RowValidator(file, issues), sink, meter);
            int event = r.getEventType();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (!r.hasNext()) {
                    throw new ImportException(file, "not KML (no root element)");
                }
                event = next(r, file);
            }
            if (!"kml".equals(r.getLocalName())) {
                throw at(file, r.getLocation(), "not KML (the root element is <" + r.getLocalName() + ">)", null);
            }
            container(r, file, null, placemarks);
            meter.done();
        } catch (XMLStreamException e) {
            throw at(file, e.getLocation(), "malformed XML: " + reason(e), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // already failed or finished; nothing to recover
                }
            }
        }
    }

    /** Reads a Document, Folder or the kml root up to its end tag, passing its time down. */
    private static void container(XMLStreamReader r, Path file, KmlPlacemark.TimeText inherited,
            KmlPlacemark placemarks) throws XMLStreamException, ImportException {
        KmlPlacemark.TimeText own = inherited;
        while (true) {
            int event = next(r, file);
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "Document":
                case "Folder":
                    container(r, file, own, placemarks);
                    break;
                case "Placemark":
                    placemarks.read(r, own);
                    break;
                case "TimeStamp":
                case "TimeSpan":
                    own = KmlPlacemark.readTime(r);
                    break;
                default:
                    skip(r);
            }
        }
    }

    /** The next event; a DTD fails the whole file. */
    static int next(XMLStreamReader r, Path file) throws XMLStreamException, ImportException {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
            throw at(file, r.getLocation(),
                    "DOCTYPE declarations are not allowed in KML (DTDs and external entities are refused)", null);
        }
        return event;
    }

    /** Skips the element whose start tag was just read, through its end tag. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String reason(XMLStreamException e) {
        String message = e.getMessage();
        int marker = message == null ? -1 : message.indexOf("Message: ");
        return marker >= 0 ? message.substring(marker + 9).strip() : String.valueOf(message);
    }

    private static ImportException at(Path file, Location location, String reason, Throwable cause) {
        return location == null ? new ImportException(file, reason, cause)
                : new ImportException(file, Math.max(0, location.getLineNumber()),
                        Math.max(0, location.getColumnNumber()), reason, cause);
    }
}
