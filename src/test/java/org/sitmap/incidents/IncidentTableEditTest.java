package org.sitmap.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.core.Projector;

/** A table after one edit equals a table built from scratch from the edited list. */
class IncidentTableEditTest {

    private static final Projector IDENTITY = new Projector() {
        @Override
        public double xOf(double lon) {
            return lon * 1000;
        }

        @Override
        public double yOf(double lat) {
            return lat * 1000;
        }
    };

    private static Incident incident(long id, long startMs, Random r) {
        String[] sides = {"India", "Pakistan", null};
        return new IncidentBuilder().id(id).startUtc(Instant.ofEpochMilli(startMs))
                .endUtc(Instant.ofEpochMilli(startMs + r.nextInt(3) * 3_600_000L))
                .type(IncidentType.values()[r.nextInt(IncidentType.values().length)]).lon(73 + r.nextDouble())
                .lat(33 + r.nextDouble()).killedTotal(r.nextInt(3)).injuredTotal(r.nextInt(4))
                .reportingSide(sides[r.nextInt(3)]).district(r.nextBoolean() ? "Poonch" : "Kupwara")
                .locationPrecisionCode(1 + r.nextInt(3)).reliability((char) ('A' + r.nextInt(6))).credibility(1 + r.nextInt(6))
                .build();
    }

    private static void assertSameRows(IncidentTable expected, IncidentTable actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            String at = "row " + i;
            assertEquals(expected.fid(i), actual.fid(i), at);
            assertEquals(expected.startMs(i), actual.startMs(i), at);
            assertEquals(expected.endMs(i), actual.endMs(i), at);
            assertEquals(expected.x(i), actual.x(i), at);
            assertEquals(expected.y(i), actual.y(i), at);
            assertEquals(expected.type(i), actual.type(i), at);
            assertEquals(expected.killed(i), actual.killed(i), at);
            assertEquals(expected.injured(i), actual.injured(i), at);
            assertEquals(expected.locationPrecisionCode(i), actual.locationPrecisionCode(i), at);
            assertEquals(expected.reliability(i), actual.reliability(i), at);
            assertEquals(expected.credibility(i), actual.credibility(i), at);
            assertEquals(expected.sides().get(expected.sideCode(i)), actual.sides().get(actual.sideCode(i)), at);
            assertEquals(expected.actors().get(expected.actorCode(i)), actual.actors().get(actual.actorCode(i)), at);
            assertEquals(expected.districts().get(expected.districtCode(i)),
                    actual.districts().get(actual.districtCode(i)), at);
        }
    }

    @Test
    void insertReplaceAndRemoveMatchARebuiltTable() {
        Random r = new Random(7);
        List<Incident> list = new ArrayList<>();
        for (int k = 1; k <= 200; k++) {
            list.add(incident(k, 1_000_000L * r.nextInt(50), r));
        }
        IncidentTable table = IncidentTable.of(list, IDENTITY);
        long nextId = 201;
        for (int step = 0; step < 300; step++) {
            int kind = r.nextInt(3);
            Long removed = null;
            Incident added = null;
            if (kind != 0 && !list.isEmpty()) {
                Incident victim = list.remove(r.nextInt(list.size()));
                removed = victim.id();
                if (kind == 2) {
                    added = incident(victim.id(), 1_000_000L * r.nextInt(50), r);
                }
            } else {
                added = incident(nextId++, step % 10 == 0 ? -5L : 1_000_000L * r.nextInt(60), r);
            }
            if (added != null) {
                list.add(added);
            }
            table = table.edited(removed, added, IDENTITY);
            assertSameRows(IncidentTable.of(list, IDENTITY), table);
        }
    }

    @Test
    void aNewDistrictNameJoinsTheStringTableWithoutChangingOldCodes() {
        Random r = new Random(1);
        IncidentTable t = IncidentTable.of(List.of(incident(1, 0, r), incident(2, 10, r)), IDENTITY);
        int oldCode = t.districtCode(0);
        String oldName = t.districts().get(oldCode);
        Incident added = IncidentBuilder.from(incident(3, 5, r)).district("Neelum").build();
        IncidentTable after = t.edited(null, added, IDENTITY);
        assertEquals(3, after.size());
        assertEquals(3, after.fid(1), "placed by time between the two");
        assertEquals("Neelum", after.districts().get(after.districtCode(1)));
        assertEquals(oldName, after.districts().get(oldCode));
        assertEquals(2, t.size(), "the old table is unchanged");
    }
}
