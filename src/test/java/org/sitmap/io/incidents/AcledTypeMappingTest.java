package org.sitmap.io.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitmap.core.IncidentType;

class AcledTypeMappingTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Shelling/artillery/missile attack | Indian army shelled posts         | artillery_shelling",
        "Shelling/artillery/missile attack | a MISSILE hit the depot            | missile",
        "Shelling/artillery/missile attack | 82mm mortar rounds landed          | mortar",
        "shelling/artillery/missile attack | NULL                               | artillery_shelling",
        "Air/drone strike                  | IAF jets struck camps              | air_strike",
        "Air/drone strike                  | a Drone dropped munitions          | drone_strike",
        "Air/drone strike                  | armed UAV strike                   | drone_strike",
        "Air/drone strike                  | quadcopter attack                  | drone_strike",
        "Remote explosive/landmine/IED     | x                                  | ied_explosion",
        "Grenade                           | x                                  | ied_explosion",
        "Suicide bomb                      | x                                  | ied_explosion",
        "Armed clash                       | exchange of fire along the LoC     | small_arms_fire",
        "Armed clash                       | a Pakistani sniper shot a soldier  | sniping",
        "Attack                            | gunmen fired on villagers          | small_arms_fire",
        "Disrupted weapons use             | BSF shot down a Pakistani drone    | drone_incursion",
        "Disrupted weapons use             | weapons cache seized               | other",
        "Peaceful protest                  | x                                  | other",
        "Arrests                           | x                                  | other",
        "Government regains territory      | x                                  | other",
    })
    void mapsCodebookSubEvents(String subEvent, String notes, String expectedCode) {
        assertEquals(IncidentType.fromCode(expectedCode).orElseThrow(), AcledTypeMapping.map(subEvent, notes));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL", "''", "Cross-border firing", "Shelling"})
    void emptyOrUnknownSubEventsAreNotMapped(String subEvent) {
        assertNull(AcledTypeMapping.map(subEvent, "missile"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "artillery_shelling, Shelling/artillery/missile attack, Explosions/Remote violence",
        "mortar, Shelling/artillery/missile attack, Explosions/Remote violence",
        "drone_strike, Air/drone strike, Explosions/Remote violence",
        "sniping, Armed clash, Battles",
        "ceasefire_violation, Armed clash, Battles",
        "drone_incursion, Disrupted weapons use, Strategic developments",
        "infiltration, Other, Strategic developments",
    })
    void everyTypeExportsAsACodebookSubEvent(String code, String subEvent, String eventType) {
        String written = AcledTypeMapping.subEventFor(IncidentType.fromCode(code).orElseThrow());
        assertEquals(subEvent, written);
        assertEquals(eventType, AcledTypeMapping.eventTypeOf(written));
    }
}
