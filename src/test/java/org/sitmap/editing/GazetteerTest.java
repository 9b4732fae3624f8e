package org.sitmap.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitmap.testsupport.TestPaths;

/** The gazetteer on the committed basemap, with the spellings reports really use. */
class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() throws Exception {
        gazetteer = Gazetteer.load(TestPaths.basemap());
    }

    private static GazetteerEntry first(String query) {
        List<Gazetteer.Match> hits = gazetteer.search(query, 8);
        assertFalse(hits.isEmpty(), "nothing found for " + query);
        return hits.get(0).entry();
    }

    private static boolean finds(String query, String name, GazetteerEntry.Kind kind, String side) {
        return gazetteer.search(query, 8).stream().map(Gazetteer.Match::entry)
                .anyMatch(e -> e.name().equals(name) && e.kind() == kind && side.equals(e.side()));
    }

    @ParameterizedTest(name = "{0} finds {1} ({2}, {3})")
    @CsvSource({
        "Uri, Uri, PLACE, IN",
        "Tangdhar, Tangdhar, PLACE, IN",
        "Tangdar, Tangdhar, PLACE, IN",
        "Keran, Keran, PLACE, IN",
        "Kupwara, Kupwara, PLACE, IN",
        "Kupwarra, Kupwara, PLACE, IN",
        "Muzaffarabad, Muzaffarabad, PLACE, PK",
        "Muzafarabad, Muzaffarabad, PLACE, PK",
        "Muzaffarābād, Muzaffarabad, PLACE, PK",
        "muzaff, Muzaffarabad, PLACE, PK",
        "Rajouri, Rajaori, PLACE, IN",
        "Rajauri, Rajaori, PLACE, IN",
        "Rajaori, Rajaori, PLACE, IN",
        "Rajouri, Rajouri, DISTRICT, IN",
        "Poonch, Punch, PLACE, IN",
        "Punch, Punch, PLACE, IN",
        "Poonch, Poonch, DISTRICT, IN",
        "Poonch, Poonch, DISTRICT, PK",
        "Punch, Poonch, DISTRICT, IN",
        "Neelum, Neelum, DISTRICT, PK",
        "Neelam, Neelum, DISTRICT, PK",
        "Akhnoor, Akhnur, PLACE, IN",
        "Baramulla, Baramula, PLACE, IN",
        "Rawalakot, Rawalakot, PLACE, PK",
        "Athmuqam, Athmuqam, PLACE, PK",
        "Mendhar, Mendhar, SECTOR, IN",
        "Mendar, Mendhar, SECTOR, IN",
        "Leepa, Leepa, SECTOR, PK"
    })
    void findsRealSpellings(String query, String name, GazetteerEntry.Kind kind, String side) {
        assertTrue(finds(query, name, kind, side), query + " → " + gazetteer.search(query, 8));
    }

    @Test
    void exactNamesComeFirst() {
        assertEquals("Uri", first("uri").name());
        assertEquals("Keran", first("Keran").name());
        assertEquals("Kupwara", first("Kupwara").name());
    }

    @Test
    void shortQueriesAreNotFuzzy() {
        assertTrue(gazetteer.search("Urx", 8).isEmpty(), gazetteer.search("Urx", 8).toString());
        assertTrue(gazetteer.search("  ", 8).isEmpty());
    }

    @Test
    void sectorsNotInTheBasemapSitAtTheirDistrictWithDistrictPrecision() {
        GazetteerEntry mendhar = gazetteer.search("Mendhar", 3).stream().map(Gazetteer.Match::entry)
                .filter(e -> e.kind() == GazetteerEntry.Kind.SECTOR).findFirst().orElseThrow();
        assertEquals("Poonch", mendhar.district());
        assertEquals(LocationPrecision.DISTRICT, mendhar.precisionCode());
        GazetteerEntry zone = gazetteer.districtAt(mendhar.lon(), mendhar.lat());
        assertNotNull(zone);
        assertEquals("Poonch", zone.district());
        assertEquals("IN", zone.side());
        assertTrue(mendhar.describe().contains("not a basemap place"), mendhar.describe());
    }

    @Test
    void nearestPlaceAndDistrictAtAPointPrefillTheForm() {
        GazetteerEntry uri = first("Uri");
        Gazetteer.Nearest n = gazetteer.nearestPlace(uri.lon() + 0.01, uri.lat());
        assertEquals("Uri", n.place().name());
        assertTrue(n.km() > 0.5 && n.km() < 1.5, "0.01° of longitude at 34°N is about 0.92 km: " + n.km());
        GazetteerEntry d = gazetteer.districtAt(uri.lon(), uri.lat());
        assertEquals("Baramulla", d.district());
        GazetteerEntry muzaffarabad = first("Muzaffarabad");
        assertEquals("Muzaffarabad", gazetteer.districtAt(muzaffarabad.lon(), muzaffarabad.lat()).district());
        assertNull(gazetteer.districtAt(60.0, 10.0), "the Arabian Sea is in no district");
    }

    @Test
    void distanceCountsAnAdjacentSwapAsOneEdit() {
        assertEquals(1, TextDistance.distance("keran", "kearn", 2));
        assertEquals(2, TextDistance.distance("tangdar", "tangdhra", 3));
        assertEquals(3, TextDistance.distance("abc", "xyz", 2), "capped at bound + 1");
        assertEquals("muzaffarabad", TextDistance.key("Muzaffarābād"));
    }
}
