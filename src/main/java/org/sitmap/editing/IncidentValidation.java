package org.sitmap.editing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;

/**
 * Checks an {@link IncidentDraft} and turns it into an {@link Incident}: times in the report's
 * zone (IST/PKT/UTC) that are not in the future and end at or after the start; a position with
 * valid degrees inside the map's region unless the analyst confirmed it; casualties that are
 * whole, non-negative numbers whose civilian and security splits do not exceed the total; at
 * least one source, each URL a web address; Admiralty grading within A–F and 1–6; a type.
 * Messages are keyed by field and written for immediate display beside it. Stateless; the clock
 * and the region are parameters so tests pin them.
 */
public final class IncidentValidation {

    public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    static final DateTimeFormatter LOCAL_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    static final int MAX_TEXT = 2_000;

    private IncidentValidation() {
    }

    /** The outcome: messages by field (empty when valid) and the incident (null unless valid). */
    public record Result(Map<FormField, String> messages, Incident incident) {
        public boolean valid() {
            return messages.isEmpty();
        }
    }

    public static Result check(IncidentDraft d, Instant now, Envelope regionLonLat) {
        Map<FormField, String> m = new EnumMap<>(FormField.class);
        IncidentBuilder b = new IncidentBuilder().id(d.id).reportZone(d.zone).timePrecision(d.timePrecision);
        Instant start = time(d.start, d, m, FormField.START, true);
        Instant end = d.end.isBlank() ? start : time(d.end, d, m, FormField.END, false);
        if (start != null && start.isAfter(now)) {
            m.put(FormField.START, "Start is in the future (" + LOCAL.format(now.atZone(d.zone.zone())) + " "
                    + d.zone.code() + " is now).");
        }
        if (end != null && start != null && end.isBefore(start)) {
            m.put(FormField.END, "End is before the start.");
        } else if (end != null && end.isAfter(now)) {
            m.put(FormField.END, "End is in the future.");
        }
        if (d.timePrecision == null) {
            m.put(FormField.TIME_PRECISION, "Choose how exactly the report dates it.");
        }
        b.startUtc(start).endUtc(end);
        if (d.type == null) {
            m.put(FormField.TYPE, "Choose a type.");
        }
        b.type(d.type).subType(blankToNull(text(d.subType, m, FormField.SUB_TYPE)));
        position(d, regionLonLat, m, b);
        if (d.locationPrecisionCode != null && LocationPrecision.SCHEME.equals(d.locationPrecisionScheme)
                && (d.locationPrecisionCode < 1 || d.locationPrecisionCode > 3)) {
            m.put(FormField.LOCATION_PRECISION, "Location precision is 1 (point) to 3 (district).");
        }
        b.locationPrecisionScheme(blankToNull(d.locationPrecisionScheme)).locationPrecisionCode(d.locationPrecisionCode);
        Integer[] killed = casualties(d.killedTotal, d.killedCivilian, d.killedSecurity, FormField.KILLED, m);
        Integer[] injured = casualties(d.injuredTotal, d.injuredCivilian, d.injuredSecurity, FormField.INJURED, m);
        b.killedTotal(killed[0]).killedCivilian(killed[1]).killedSecurity(killed[2]);
        b.injuredTotal(injured[0]).injuredCivilian(injured[1]).injuredSecurity(injured[2]);
        sources(d, m, b);
        if (d.reliability != null && (d.reliability < 'A' || d.reliability > 'F')) {
            m.put(FormField.GRADING, "Source reliability is a letter A (reliable) to F (cannot be judged).");
        } else if (d.credibility != null && (d.credibility < 1 || d.credibility > 6)) {
            m.put(FormField.GRADING, "Information credibility is 1 (confirmed) to 6 (cannot be judged).");
        }
        b.reliability(d.reliability).credibility(d.credibility);
        b.sourceEventId(blankToNull(text(d.sourceEventId, m, FormField.SOURCE_ID)));
        b.actor(blankToNull(d.actor)).reportingSide(blankToNull(d.reportingSide)).admin1(blankToNull(d.admin1))
                .district(blankToNull(d.district)).location(blankToNull(d.location))
                .notes(blankToNull(text(d.notes, m, FormField.NOTES)));
        Map<FormField, String> messages = Collections.unmodifiableMap(m);
        return new Result(messages, messages.isEmpty() ? b.build() : null);
    }

    private static Instant time(String text, IncidentDraft d, Map<FormField, String> m, FormField f, boolean required) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            if (required) {
                m.put(f, f.label() + " is required (" + d.zone.code() + ", e.g. 2025-05-10 02:30).");
            }
            return null;
        }
        Instant at = parseLocal(t, d.zone.zone());
        if (at == null) {
            m.put(f, f.label() + " must read like 2025-05-10 02:30 (" + d.zone.code() + ").");
        }
        return at;
    }

    /** A local time as typed ({@code yyyy-MM-dd HH:mm[:ss]} or a date) in a zone, or null when unreadable. */
    public static Instant parseLocal(String text, java.time.ZoneId zone) {
        String t = text == null ? "" : text.strip();
        try {
            LocalDateTime local = t.length() <= 10 ? LocalDate.parse(t).atStartOfDay()
                    : LocalDateTime.parse(t, t.length() > 16 ? LOCAL_SECONDS : LOCAL);
            return local.atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An instant as the form shows it in a zone: minutes, or seconds when it has any. */
    public static String format(Instant t, java.time.ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(t, zone);
        return (local.getSecond() != 0 ? LOCAL_SECONDS : LOCAL).format(local);
    }

    private static void position(IncidentDraft d, Envelope region, Map<FormField, String> m, IncidentBuilder b) {
        Double lat = number(d.lat);
        Double lon = number(d.lon);
        if (lat == null || lon == null) {
            m.put(FormField.POSITION, "Latitude and longitude are required, in decimal degrees (e.g. 33.75, 74.10).");
            return;
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            m.put(FormField.POSITION, "Latitude must be within ±90° and longitude within ±180°.");
            return;
        }
        if (region != null && !region.contains(lon, lat) && !d.positionConfirmed) {
            m.put(FormField.POSITION, String.format(Locale.ROOT, "Outside the map region (lon %.1f–%.1f, lat %.1f–%.1f):"
                    + " tick 'position confirmed' if it is right.", region.getMinX(), region.getMaxX(),
                    region.getMinY(), region.getMaxY()));
        }
        b.lat(lat).lon(lon);
    }

    private static Integer[] casualties(String total, String civilian, String security, FormField f,
                                        Map<FormField, String> m) {
        Integer[] v = new Integer[3];
        String[] texts = {total, civilian, security};
        String[] names = {"total", "civilian", "security forces"};
        for (int k = 0; k < 3; k++) {
            String t = texts[k] == null ? "" : texts[k].strip();
            if (t.isEmpty()) {
                continue;
            }
            try {
                v[k] = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                m.put(f, f.label() + " (" + names[k] + ") must be a whole number.");
                return new Integer[3];
            }
            if (v[k] < 0) {
                m.put(f, f.label() + " (" + names[k] + ") cannot be negative.");
                return new Integer[3];
            }
        }
        int split = (v[1] == null ? 0 : v[1]) + (v[2] == null ? 0 : v[2]);
        if (v[0] != null && split > v[0]) {
            m.put(f, f.label() + ": civilian + security forces (" + split + ") is more than the total (" + v[0] + ").");
        }
        return v;
    }

    private static void sources(IncidentDraft d, Map<FormField, String> m, IncidentBuilder b) {
        List<String> names = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (IncidentDraft.Source s : d.sources) {
            String name = s.name() == null ? "" : s.name().strip();
            String url = s.url() == null ? "" : s.url().strip();
            if (name.isEmpty() && url.isEmpty()) {
                continue;
            }
            if (name.contains("|") || url.contains("|")) {
                m.put(FormField.SOURCES, "A source cannot contain '|' (it separates sources in the file).");
                return;
            }
            if (!url.isEmpty() && !isWebAddress(url)) {
                m.put(FormField.SOURCES, "'" + url + "' is not a web address (http:// or https://).");
                return;
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
            if (!url.isEmpty()) {
                urls.add(url);
            }
        }
        if (names.isEmpty() && !urls.isEmpty()) {
            names.addAll(urls);
        }
        if (names.isEmpty()) {
            m.put(FormField.SOURCES, "At least one source is required (who reported it, with a link if there is one).");
            return;
        }
        b.sourceNames(String.join(" | ", names)).sourceUrls(urls.isEmpty() ? null : String.join(" | ", urls));
    }

    private static boolean isWebAddress(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String text(String s, Map<FormField, String> m, FormField f) {
        if (s != null && s.length() > MAX_TEXT) {
            m.put(f, f.label() + " is too long (at most " + MAX_TEXT + " characters).");
        }
        return s == null ? null : s.strip();
    }

    private static Double number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(s.strip());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
