package org.sitmap.io.incidents;

import java.time.Instant;
import java.util.List;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;

/**
 * Our own incident fields under their snake_case names, as GeoJSON properties, KML ExtendedData and
 * the extra columns of our ACLED-like CSV carry them: the single list ({@link #NAMES}) the writers
 * write and the single place the readers apply them. A field that is present is authoritative (an
 * empty value means null); an absent field leaves what the format's own columns gave. Stateless
 * and thread-safe.
 */
final class SitmapFields {

    /** Where a row's values come from: {@code null} if the field is absent, "" if present but empty. */
    interface Source {
        String get(String name);

        /** The name the file uses for the field, for issues. */
        default String label(String name) {
            return name;
        }
    }

    static final String SOURCE_EVENT_ID = "source_event_id";
    static final String START_UTC = "start_utc";
    static final String END_UTC = "end_utc";
    static final String TIME_PRECISION = "time_precision";
    static final String REPORT_ZONE = "report_zone";
    static final String TYPE = "type";

    /** Every field except the coordinates, in the order the writers write them. */
    static final List<String> NAMES = List.of(SOURCE_EVENT_ID, START_UTC, END_UTC, TIME_PRECISION, REPORT_ZONE,
            TYPE, "sub_type", "actor", "reporting_side", "admin1", "district", "location",
            "location_precision_scheme", "location_precision_code", "killed_total", "killed_civilian",
            "killed_security", "injured_total", "injured_civilian", "injured_security", "source_names",
            "source_urls", "reliability", "credibility", "notes");

    private SitmapFields() {
    }

    /** Applies the present time fields to {@code time}; a new start without a precision implies one. */
    static void applyTimes(Source src, RowTime time, RowValidator v) {
        String startRaw = src.get(START_UTC);
        boolean newStart = !RowValidator.isBlank(startRaw);
        if (newStart) {
            time.start = v.instant(src.label(START_UTC), startRaw);
            time.end = time.start;
        }
        String endRaw = src.get(END_UTC);
        if (!RowValidator.isBlank(endRaw)) {
            time.end = v.instant(src.label(END_UTC), endRaw);
        }
        String precisionRaw = src.get(TIME_PRECISION);
        TimePrecision precision = RowValidator.isBlank(precisionRaw) ? null
                : TimePrecision.fromCode(precisionRaw).orElse(null);
        if (precision == null && !RowValidator.isBlank(precisionRaw)) {
            v.warning(src.label(TIME_PRECISION), "unknown time precision '" + precisionRaw
                    + "' (expected exact, hour, day or range); derived from start and end");
        }
        if (precision != null) {
            time.precision = precision;
        } else if ((newStart || !RowValidator.isBlank(endRaw)) && time.start != null && time.end != null) {
            time.precision = CalendarDates.precisionOf(time.start, time.end);
        }
        String zoneRaw = src.get(REPORT_ZONE);
        if (!RowValidator.isBlank(zoneRaw)) {
            ReportZone zone = ReportZone.fromCode(zoneRaw).orElse(null);
            if (zone == null) {
                v.warning(src.label(REPORT_ZONE), "unknown report zone '" + zoneRaw + "' (expected IST, PKT or UTC); "
                        + (time.zone == null ? "UTC" : time.zone.code()) + " used");
            } else {
                time.zone = zone;
            }
        }
    }

    /** Applies the present non-time fields, except {@code type}, which the caller decides on. */
    static void applyFields(Source src, IncidentBuilder b, RowValidator v) {
        String raw;
        if ((raw = src.get(SOURCE_EVENT_ID)) != null) {
            b.sourceEventId(RowValidator.isBlank(raw) ? null : raw.strip());
        }
        if ((raw = src.get("sub_type")) != null) {
            b.subType(RowValidator.text(raw));
        }
        if ((raw = src.get("actor")) != null) {
            b.actor(RowValidator.text(raw));
        }
        if ((raw = src.get("reporting_side")) != null) {
            b.reportingSide(RowValidator.text(raw));
        }
        if ((raw = src.get("admin1")) != null) {
            b.admin1(RowValidator.text(raw));
        }
        if ((raw = src.get("district")) != null) {
            b.district(RowValidator.text(raw));
        }
        if ((raw = src.get("location")) != null) {
            b.location(RowValidator.text(raw));
        }
        if ((raw = src.get("location_precision_scheme")) != null) {
            b.locationPrecisionScheme(RowValidator.text(raw));
        }
        if ((raw = src.get("location_precision_code")) != null) {
            b.locationPrecisionCode(v.integer(src.label("location_precision_code"), raw));
        }
        if ((raw = src.get("killed_total")) != null) {
            b.killedTotal(v.casualties(src.label("killed_total"), raw));
        }
        if ((raw = src.get("killed_civilian")) != null) {
            b.killedCivilian(v.casualties(src.label("killed_civilian"), raw));
        }
        if ((raw = src.get("killed_security")) != null) {
            b.killedSecurity(v.casualties(src.label("killed_security"), raw));
        }
        if ((raw = src.get("injured_total")) != null) {
            b.injuredTotal(v.casualties(src.label("injured_total"), raw));
        }
        if ((raw = src.get("injured_civilian")) != null) {
            b.injuredCivilian(v.casualties(src.label("injured_civilian"), raw));
        }
        if ((raw = src.get("injured_security")) != null) {
            b.injuredSecurity(v.casualties(src.label("injured_security"), raw));
        }
        if ((raw = src.get("source_names")) != null) {
            b.sourceNames(RowValidator.text(raw));
        }
        if ((raw = src.get("source_urls")) != null) {
            b.sourceUrls(RowValidator.text(raw));
        }
        if ((raw = src.get("reliability")) != null) {
            b.reliability(v.reliability(src.label("reliability"), raw));
        }
        if ((raw = src.get("credibility")) != null) {
            b.credibility(v.credibility(src.label("credibility"), raw));
        }
        if ((raw = src.get("notes")) != null) {
            b.notes(RowValidator.text(raw));
        }
    }

    /**
     * The value of field {@code name} of {@code i}: a String, an Integer, a Character or null. Times
     * are ISO-8601 instants, codes are the enums' codes.
     */
    static Object value(Incident i, String name) {
        switch (name) {
            case SOURCE_EVENT_ID: return i.sourceEventId();
            case START_UTC: return i.startUtc().toString();
            case END_UTC: return i.endUtc().toString();
            case TIME_PRECISION: return i.timePrecision().code();
            case REPORT_ZONE: return i.reportZone().code();
            case TYPE: return i.type().code();
            case "sub_type": return i.subType();
            case "actor": return i.actor();
            case "reporting_side": return i.reportingSide();
            case "admin1": return i.admin1();
            case "district": return i.district();
            case "location": return i.location();
            case "location_precision_scheme": return i.locationPrecisionScheme();
            case "location_precision_code": return i.locationPrecisionCode();
            case "killed_total": return i.killedTotal();
            case "killed_civilian": return i.killedCivilian();
            case "killed_security": return i.killedSecurity();
            case "injured_total": return i.injuredTotal();
            case "injured_civilian": return i.injuredCivilian();
            case "injured_security": return i.injuredSecurity();
            case "source_names": return i.sourceNames();
            case "source_urls": return i.sourceUrls();
            case "reliability": return i.reliability();
            case "credibility": return i.credibility();
            case "notes": return i.notes();
            default: throw new IllegalArgumentException("not an incident field: " + name);
        }
    }

    /** {@link #value} as text; null stays null. */
    static String text(Incident i, String name) {
        Object value = value(i, name);
        return value == null ? null : value.toString();
    }
}
