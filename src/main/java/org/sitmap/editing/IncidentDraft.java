package org.sitmap.editing;

import java.util.ArrayList;
import java.util.List;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;

/**
 * What the incident form holds while the analyst types: text exactly as typed (times in the
 * report's zone as {@code yyyy-MM-dd HH:mm}, numbers as text) plus the choices made. Turned into
 * an {@code Incident} only by {@link IncidentValidation}, which says in plain words what is wrong
 * with each field. Mutable; confined to one thread (the form's).
 */
public final class IncidentDraft {

    /** One source: a name and optionally its URL. */
    public record Source(String name, String url) {
    }

    public Long id;
    public String sourceEventId = "";
    public String start = "";
    public String end = "";
    public ReportZone zone = ReportZone.IST;
    public TimePrecision timePrecision = TimePrecision.EXACT;
    public IncidentType type;
    public String subType = "";
    public String actor = "";
    public String reportingSide = "";
    public String admin1 = "";
    public String district = "";
    public String location = "";
    public String lat = "";
    public String lon = "";
    /** Confirms a position outside the map's region on purpose. */
    public boolean positionConfirmed;
    public String locationPrecisionScheme = LocationPrecision.SCHEME;
    public Integer locationPrecisionCode = LocationPrecision.POINT;
    public String killedTotal = "";
    public String killedCivilian = "";
    public String killedSecurity = "";
    public String injuredTotal = "";
    public String injuredCivilian = "";
    public String injuredSecurity = "";
    public List<Source> sources = new ArrayList<>();
    public Character reliability;
    public Integer credibility;
    public String notes = "";
    /** A hint about the position shown in the form (e.g. the nearest place); not stored. */
    public String positionNote = "";

    /** The form's view of a stored record, for editing it. */
    public static IncidentDraft of(Incident i) {
        IncidentDraft d = new IncidentDraft();
        d.id = i.id();
        d.sourceEventId = nz(i.sourceEventId());
        d.zone = i.reportZone();
        d.start = IncidentValidation.format(i.startUtc(), d.zone.zone());
        d.end = i.endUtc().equals(i.startUtc()) ? "" : IncidentValidation.format(i.endUtc(), d.zone.zone());
        d.timePrecision = i.timePrecision();
        d.type = i.type();
        d.subType = nz(i.subType());
        d.actor = nz(i.actor());
        d.reportingSide = nz(i.reportingSide());
        d.admin1 = nz(i.admin1());
        d.district = nz(i.district());
        d.location = nz(i.location());
        d.lat = Double.toString(i.lat());
        d.lon = Double.toString(i.lon());
        d.positionConfirmed = true;
        d.locationPrecisionScheme = i.locationPrecisionScheme();
        d.locationPrecisionCode = i.locationPrecisionCode();
        d.killedTotal = text(i.killedTotal());
        d.killedCivilian = text(i.killedCivilian());
        d.killedSecurity = text(i.killedSecurity());
        d.injuredTotal = text(i.injuredTotal());
        d.injuredCivilian = text(i.injuredCivilian());
        d.injuredSecurity = text(i.injuredSecurity());
        String[] names = split(i.sourceNames());
        String[] urls = split(i.sourceUrls());
        for (int k = 0; k < Math.max(names.length, urls.length); k++) {
            d.sources.add(new Source(k < names.length ? names[k] : "", k < urls.length ? urls[k] : ""));
        }
        d.reliability = i.reliability();
        d.credibility = i.credibility();
        d.notes = nz(i.notes());
        return d;
    }

    private static String[] split(String joined) {
        return joined == null || joined.isBlank() ? new String[0] : joined.split(" \\| ");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String text(Integer v) {
        return v == null ? "" : v.toString();
    }
}
