package org.sitmap.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One reported incident, as an analyst records it. Times are UTC instants; {@code reportZone}
 * keeps the zone the report used so the UI can show local time. Location precision keeps the
 * source's own scheme and code (ACLED geo_precision 1–3, UCDP where_prec 1–7, or SITMAP's
 * analyst scale). Casualty splits are null where the source does not say. Grading follows the
 * Admiralty code: source reliability A–F, information credibility 1–6 (null when ungraded).
 * Immutable value; {@code id} is null until the store assigns one.
 */
public record Incident(
        Long id,
        String sourceEventId,
        Instant startUtc,
        Instant endUtc,
        TimePrecision timePrecision,
        ReportZone reportZone,
        IncidentType type,
        String subType,
        String actor,
        String reportingSide,
        String admin1,
        String district,
        String location,
        double lon,
        double lat,
        String locationPrecisionScheme,
        Integer locationPrecisionCode,
        Integer killedTotal,
        Integer killedCivilian,
        Integer killedSecurity,
        Integer injuredTotal,
        Integer injuredCivilian,
        Integer injuredSecurity,
        String sourceNames,
        String sourceUrls,
        Character reliability,
        Integer credibility,
        String notes) {

    public Incident {
        Objects.requireNonNull(startUtc, "startUtc");
        Objects.requireNonNull(type, "type");
        if (endUtc == null) {
            endUtc = startUtc;
        }
        if (endUtc.isBefore(startUtc)) {
            throw new IllegalArgumentException("end " + endUtc + " is before start " + startUtc);
        }
        if (timePrecision == null) {
            timePrecision = TimePrecision.DAY;
        }
        if (reportZone == null) {
            reportZone = ReportZone.UTC;
        }
    }

    /** Total killed, from the total or the split, 0 when unknown. */
    public int killed() {
        if (killedTotal != null) {
            return killedTotal;
        }
        return (killedCivilian == null ? 0 : killedCivilian) + (killedSecurity == null ? 0 : killedSecurity);
    }

    public int injured() {
        if (injuredTotal != null) {
            return injuredTotal;
        }
        return (injuredCivilian == null ? 0 : injuredCivilian) + (injuredSecurity == null ? 0 : injuredSecurity);
    }

    public Incident withId(long newId) {
        return new Incident(newId, sourceEventId, startUtc, endUtc, timePrecision, reportZone, type, subType, actor,
                reportingSide, admin1, district, location, lon, lat, locationPrecisionScheme, locationPrecisionCode,
                killedTotal, killedCivilian, killedSecurity, injuredTotal, injuredCivilian, injuredSecurity,
                sourceNames, sourceUrls, reliability, credibility, notes);
    }
}
