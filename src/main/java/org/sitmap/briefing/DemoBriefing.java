package org.sitmap.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitmap.core.ReferenceDate;
import org.sitmap.core.ReportZone;
import org.sitmap.districts.ChoroplethMetric;
import org.sitmap.districts.DistrictViewChoice;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;

/**
 * The five saved views the SYNTHETIC demo file ships with, so a new user can press F5 and step
 * through a briefing at once: the baseline, after Pahalgam, the 7–10 May exchanges (zoomed on
 * Poonch–Rajouri), ten days either side of the ceasefire in compare mode (with the district table and
 * the change choropleth), and Kupwara–Uri in May with casualties only (with the LoC distance bands). Fixed times, so rebuilding the demo file gives the same rows. Stateless.
 */
public final class DemoBriefing {

    private static final Instant MADE = Instant.parse("2025-09-01T00:00:00Z");
    private static final MapExtent LOC = new MapExtent(73.0, 32.3, 77.6, 35.6);

    private DemoBriefing() {
    }

    public static List<SavedView> views() {
        ViewState base = ViewState.initial(window(2025, 1, 1, 0, 0, 2025, 4, 1, 0, 0)).withDayZone(ReportZone.IST)
                .withPivot(ReferenceDate.CEASEFIRE_2025);
        List<SavedView> out = new ArrayList<>();
        out.add(view(1, "Baseline: January to March 2025",
                "Low, steady level of violations along the whole line. Compare with the next slides.", LOC, base));
        out.add(view(2, "After Pahalgam: 22 April to 7 May",
                "Exchanges rise along the line after the attack of 22 April.", LOC,
                base.withWindow(window(2025, 4, 22, 14, 30, 2025, 5, 7, 1, 5))));
        out.add(view(3, "Strikes and exchanges: 7 to 10 May",
                "Heaviest shelling in Poonch and Rajouri; drones and missiles appear.",
                new MapExtent(73.55, 33.15, 74.95, 34.05), base.withWindow(window(2025, 5, 7, 1, 5, 2025, 5, 10, 17, 0))));
        out.add(view(4, "Ceasefire: ten days before and after",
                "Left: the ten days before 17:00 IST on 10 May. Right: the ten days after. Shading: change in the"
                        + " daily rate by district; the table lists the busiest districts before the ceasefire.", LOC,
                base.withWindow(window(2025, 4, 30, 17, 0, 2025, 5, 10, 17, 0))
                        .withCompareWindow(window(2025, 5, 10, 17, 0, 2025, 5, 20, 17, 0)).withCompare(true),
                new DistrictViewChoice(ChoroplethMetric.CHANGE, "Before", false, "", true, false, true)));
        out.add(view(5, "Kupwara and Uri sectors, May: incidents with casualties",
                "Only incidents with at least one killed or injured. Shading: distance from the LoC.",
                new MapExtent(73.45, 33.95, 74.75, 34.75),
                base.withWindow(window(2025, 5, 1, 0, 0, 2025, 6, 1, 0, 0))
                        .withFilters(Set.of(), Set.of(), 1, Set.of(), Set.of(), 0, ""),
                new DistrictViewChoice(ChoroplethMetric.AFTER_COUNT, "After", false, "", false, true, false)));
        return out;
    }

    private static SavedView view(long id, String title, String notes, MapExtent extent, ViewState state) {
        return view(id, title, notes, extent, state, null);
    }

    private static SavedView view(long id, String title, String notes, MapExtent extent, ViewState state,
                                  DistrictViewChoice districts) {
        return new SavedView(id, title, notes, extent, Set.of(), state, districts == null ? null : districts.toJson(),
                MADE, MADE);
    }

    private static TimeWindow window(int y0, int m0, int d0, int h0, int min0, int y1, int m1, int d1, int h1, int min1) {
        return new TimeWindow(ReferenceDate.ist(y0, m0, d0, h0, min0).toEpochMilli(),
                ReferenceDate.ist(y1, m1, d1, h1, min1).toEpochMilli());
    }
}
