package org.sitmap.districts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;
import org.sitmap.incidents.IncidentTable;
import org.sitmap.map.projection.WebMercator;
import org.sitmap.timeline.TimeWindow;

/**
 * A small world built by hand: the LoC is the meridian 74°E from 33°N to 35°N, India administers
 * 74–75°E and Pakistan 73–74°E, each side has a northern and a southern district (Kupwara and
 * Poonch in India, Neelum and Poonch in Pakistan, one degree square each). Windows are 1–10
 * January 2025 UTC (10 days) before and 11–15 January (5 days) after, meeting at a pivot.
 */
final class HandBuiltFixture {
    static final GeometryFactory F = new GeometryFactory();
    static final long DAY = TimeWindow.DAY_MS;
    static final long JAN1 = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    static final AnalysisWindows WINDOWS = new AnalysisWindows(new TimeWindow(JAN1, JAN1 + 10 * DAY),
            new TimeWindow(JAN1 + 10 * DAY, JAN1 + 15 * DAY), ReportZone.UTC);

    private HandBuiltFixture() {
    }

    static Geometry box(double lon0, double lat0, double lon1, double lat1) {
        return F.toGeometry(new Envelope(lon0, lon1, lat0, lat1));
    }

    static LocGeography geography() {
        return new LocGeography(box(74, 33, 75, 35), box(73, 33, 74, 35),
                F.createLineString(new Coordinate[] {new Coordinate(74, 33), new Coordinate(74, 35)}));
    }

    static DistrictLayer layer() {
        return new DistrictLayer("test districts", false, List.of(
                new District("Kupwara", "IN", "Jammu and Kashmir", box(74, 34, 75, 35), "Kupwara"),
                new District("Poonch", "IN", "Jammu and Kashmir", box(74, 33, 75, 34), "Punch"),
                new District("Neelum", "PK", "Azad Kashmir", box(73, 34, 74, 35), "NEELUM"),
                new District("Poonch", "PK", "Azad Kashmir", box(73, 33, 74, 34), "POONCH")), "");
    }

    /** Start at day offset (fractional days after 1 January 00:00 UTC), duration in hours. */
    static Incident incident(long id, String district, double lon, double lat, double day, double hours, int killed,
                             int injured) {
        return incident(id, district, null, lon, lat, day, hours, killed, injured);
    }

    static Incident incident(long id, String district, String admin1, double lon, double lat, double day, double hours,
                             int killed, int injured) {
        Instant start = Instant.ofEpochMilli(JAN1 + Math.round(day * DAY));
        return new IncidentBuilder().id(id).startUtc(start).endUtc(start.plusMillis(Math.round(hours * 3_600_000)))
                .timePrecision(TimePrecision.EXACT).reportZone(ReportZone.UTC).type(IncidentType.ARTILLERY_SHELLING)
                .reportingSide("India").admin1(admin1).district(district).lon(lon).lat(lat).killedTotal(killed).injuredTotal(injured)
                .build();
    }

    static IncidentTable table() {
        List<Incident> in = new ArrayList<>();
        in.add(incident(1, "Kupwara", 74.2, 34.5, 1, 0, 1, 2));      // before, 10–25 km
        in.add(incident(2, "Kupwara", 74.01, 34.5, 2, 0, 0, 0));     // before, 0–2 km
        in.add(incident(3, "KUPWARA", 74.05, 34.5, 4, 0, 0, 0));     // before, 2–5 km
        in.add(incident(4, "Kupwara", 74.1, 34.5, 8, 0, 0, 0));      // before, 5–10 km
        in.add(incident(5, "Kupwara", 74.5, 34.5, 11, 0, 3, 0));     // after, > 25 km
        in.add(incident(6, "", 74.5, 34.2, 12, 0, 0, 0));            // after, Kupwara by position
        in.add(incident(7, "Punch", 74.5, 33.5, 3, 0, 0, 1));        // before, India's Poonch
        in.add(incident(8, "Poonch", 73.5, 33.5, 3, 0, 2, 0));       // before, Pakistan's Poonch (by side)
        in.add(incident(9, "Neelam district", 73.5, 34.6, 11, 0, 0, 0)); // after, Neelum
        in.add(incident(10, "Haveli", 73.2, 33.8, 13, 0, 0, 0));     // after, named, no polygon (PK)
        in.add(incident(11, "", 76.0, 34.0, 11, 0, 0, 0));           // after, unassigned (outside)
        in.add(incident(12, "Kupwara", 74.5, 34.5, 9.5, 24, 0, 0));  // straddles the pivot
        in.add(incident(13, "Kupwara", 74.5, 34.5, 19, 0, 5, 5));    // outside both windows
        // placed east of the LoC, but its division says Pakistan: Pakistan's Poonch, before, > 25 km
        in.add(incident(14, "Poonch district", "Azad Jammu & Kashmir", 74.3, 33.5, 5, 0, 0, 0));
        return IncidentTable.of(in, WebMercator.INSTANCE);
    }

    static DistrictAnalysis analysis() {
        return DistrictAnalysis.prepare(table(), layer(), geography(), WebMercator.INSTANCE);
    }
}
