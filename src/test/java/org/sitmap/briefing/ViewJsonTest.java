package org.sitmap.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.timeline.TimeWindow;
import org.sitmap.timeline.ViewState;

class ViewJsonTest {

    private static ViewState everyFieldSet() {
        return new ViewState(new TimeWindow(1_746_000_000_000L, 1_746_900_000_123L),
                new TimeWindow(1_747_000_000_000L, 1_747_500_000_000L), true, "strikes-2025-05-07", ReportZone.PKT,
                EnumSet.of(IncidentType.MORTAR, IncidentType.DRONE_STRIKE), Set.of("India", "Pakistan"),
                Set.of("Poonch", "Kupwara"), 3, Set.of('E', 'F'), Set.of(5, 6), 2, "Uri sector");
    }

    @Test
    void everyFieldOfAViewSurvivesTheRoundTrip() {
        ViewJson.Payload p = new ViewJson.Payload(new MapExtent(73.25, 32.5, 75.125, 34.75),
                Set.of("places", "incidents/mortar"), everyFieldSet(), "{\"metric\":\"rate\",\"sort\":\"desc\"}");
        ViewJson.Payload back = ViewJson.read(ViewJson.write(p));
        assertEquals(p, back);
    }

    @Test
    void noDistrictChoiceStaysNull() {
        ViewJson.Payload p = new ViewJson.Payload(new MapExtent(73, 32, 75, 34), Set.of(),
                ViewState.initial(new TimeWindow(0, 86_400_000L)), null);
        assertNull(ViewJson.read(ViewJson.write(p)).districtChoice());
    }

    @Test
    void badJsonNamesTheFieldAndTheReason() {
        String good = ViewJson.write(new ViewJson.Payload(new MapExtent(73, 32, 75, 34), Set.of(), everyFieldSet(), null));
        IllegalArgumentException zone = assertThrows(IllegalArgumentException.class,
                () -> ViewJson.read(good.replace("\"PKT\"", "\"XYZ\"")));
        assertTrue(zone.getMessage().contains("view_state.day_zone") && zone.getMessage().contains("XYZ"), zone.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> ViewJson.read(good.replace("\"mortar\"", "\"catapult\"")));
        assertTrue(type.getMessage().contains("hidden_types") && type.getMessage().contains("catapult"), type.getMessage());
        IllegalArgumentException time = assertThrows(IllegalArgumentException.class,
                () -> ViewJson.read(good.replaceFirst("\"start_utc\":\"[^\"]+\"", "\"start_utc\":\"yesterday\"")));
        assertTrue(time.getMessage().contains("view_state.window.start_utc"), time.getMessage());
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class, () -> ViewJson.read("{oops"));
        assertTrue(notJson.getMessage().startsWith("not valid JSON"), notJson.getMessage());
    }
}
