package org.sitmap.core;

import java.time.Instant;

/**
 * Mutable builder for {@link Incident}, for importers and forms that fill fields one at a time.
 * Not thread-safe; {@link #from(Incident)} copies an existing record for editing.
 */
public final class IncidentBuilder {

    private Long id;
    private String sourceEventId;
    private Instant startUtc;
    private Instant endUtc;
    private TimePrecision timePrecision;
    private ReportZone reportZone;
    private IncidentType type;
    private String subType;
    private String actor;
    private String reportingSide;
    private String admin1;
    private String district;
    private String location;
    private double lon = Double.NaN;
    private double lat = Double.NaN;
    private String locationPrecisionScheme;
    private Integer locationPrecisionCode;
    private Integer killedTotal;
    private Integer killedCivilian;
    private Integer killedSecurity;
    private Integer injuredTotal;
    private Integer injuredCivilian;
    private Integer injuredSecurity;
    private String sourceNames;
    private String sourceUrls;
    private Character reliability;
    private Integer credibility;
    private String notes;

    public IncidentBuilder id(Long value) {
        this.id = value;
        return this;
    }

    public IncidentBuilder sourceEventId(String value) {
        this.sourceEventId = value;
        return this;
    }

    public IncidentBuilder startUtc(Instant value) {
        this.startUtc = value;
        return this;
    }

    public IncidentBuilder endUtc(Instant value) {
        this.endUtc = value;
        return this;
    }

    public IncidentBuilder timePrecision(TimePrecision value) {
        this.timePrecision = value;
        return this;
    }

    public IncidentBuilder reportZone(ReportZone value) {
        this.reportZone = value;
        return this;
    }

    public IncidentBuilder type(IncidentType value) {
        this.type = value;
        return this;
    }

    public IncidentBuilder subType(String value) {
        this.subType = value;
        return this;
    }

    public IncidentBuilder actor(String value) {
        this.actor = value;
        return this;
    }

    public IncidentBuilder reportingSide(String value) {
        this.reportingSide = value;
        return this;
    }

    public IncidentBuilder admin1(String value) {
        this.admin1 = value;
        return this;
    }

    public IncidentBuilder district(String value) {
        this.district = value;
        return this;
    }

    public IncidentBuilder location(String value) {
        this.location = value;
        return this;
    }

    public IncidentBuilder lon(double value) {
        this.lon = value;
        return this;
    }

    public IncidentBuilder lat(double value) {
        this.lat = value;
        return this;
    }

    public IncidentBuilder locationPrecisionScheme(String value) {
        this.locationPrecisionScheme = value;
        return this;
    }

    public IncidentBuilder locationPrecisionCode(Integer value) {
        this.locationPrecisionCode = value;
        return this;
    }

    public IncidentBuilder killedTotal(Integer value) {
        this.killedTotal = value;
        return this;
    }

    public IncidentBuilder killedCivilian(Integer value) {
        this.killedCivilian = value;
        return this;
    }

    public IncidentBuilder killedSecurity(Integer value) {
        this.killedSecurity = value;
        return this;
    }

    public IncidentBuilder injuredTotal(Integer value) {
        this.injuredTotal = value;
        return this;
    }

    public IncidentBuilder injuredCivilian(Integer value) {
        this.injuredCivilian = value;
        return this;
    }

    public IncidentBuilder injuredSecurity(Integer value) {
        this.injuredSecurity = value;
        return this;
    }

    public IncidentBuilder sourceNames(String value) {
        this.sourceNames = value;
        return this;
    }

    public IncidentBuilder sourceUrls(String value) {
        this.sourceUrls = value;
        return this;
    }

    public IncidentBuilder reliability(Character value) {
        this.reliability = value;
        return this;
    }

    public IncidentBuilder credibility(Integer value) {
        this.credibility = value;
        return this;
    }

    public IncidentBuilder notes(String value) {
        this.notes = value;
        return this;
    }

    public Incident build() {
        return new Incident(id, sourceEventId, startUtc, endUtc, timePrecision, reportZone, type, subType, actor, reportingSide, admin1, district, location, lon, lat, locationPrecisionScheme, locationPrecisionCode, killedTotal, killedCivilian, killedSecurity, injuredTotal, injuredCivilian, injuredSecurity, sourceNames, sourceUrls, reliability, credibility, notes);
    }

    public static IncidentBuilder from(Incident i) {
        return new IncidentBuilder()
                .id(i.id())
                .sourceEventId(i.sourceEventId())
                .startUtc(i.startUtc())
                .endUtc(i.endUtc())
                .timePrecision(i.timePrecision())
                .reportZone(i.reportZone())
                .type(i.type())
                .subType(i.subType())
                .actor(i.actor())
                .reportingSide(i.reportingSide())
                .admin1(i.admin1())
                .district(i.district())
                .location(i.location())
                .lon(i.lon())
                .lat(i.lat())
                .locationPrecisionScheme(i.locationPrecisionScheme())
                .locationPrecisionCode(i.locationPrecisionCode())
                .killedTotal(i.killedTotal())
                .killedCivilian(i.killedCivilian())
                .killedSecurity(i.killedSecurity())
                .injuredTotal(i.injuredTotal())
                .injuredCivilian(i.injuredCivilian())
                .injuredSecurity(i.injuredSecurity())
                .sourceNames(i.sourceNames())
                .sourceUrls(i.sourceUrls())
                .reliability(i.reliability())
                .credibility(i.credibility())
                .notes(i.notes());
    }
}
