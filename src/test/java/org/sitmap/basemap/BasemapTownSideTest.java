package org.sitmap.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.io.gpkg.GpkgFeature;

/**
 * Known towns must fall in the land administered by the correct side. Each town is looked up in the
 * places layer by its GeoNames {@code name_ascii} spelling (Poonch is "Punch", from "Pūnch"; Rajouri
 * is "Rajaori"; Kupwara is the corrected record, see GeoNamesCorrections, and the known position
 * 74.25E 34.53N would reject the misplaced source record 55 km south); among same-named places the one nearest the town's approximate known position is
 * taken and must be within 25 km of it. The side is the {@code administers} value of the
 * countries-layer polygon containing the place.
 */
class BasemapTownSideTest {
    private static final double MAX_LOOKUP_OFFSET_M = 25_000;

    @ParameterizedTest(name = "{0} is administered by {1}")
    @CsvSource({
        "Uri, IN, 74.03, 34.08", "Punch, IN, 74.09, 33.77", "Kupwara, IN, 74.25, 34.53",
        "Rajaori, IN, 74.31, 33.38", "Muzaffarabad, PK, 73.47, 34.37", "Kotli, PK, 73.90, 33.52",
        "Rawalakot, PK, 73.76, 33.86"})
    void townIsOnTheCorrectSide(String nameAscii, String side, double knownLonDeg, double knownLatDeg)
            throws Exception {
        Coordinate known = new Coordinate(knownLonDeg, knownLatDeg);
        List<GpkgFeature> matches = BasemapLayers.layer(BasemapSchema.PLACES,
                f -> nameAscii.equals(f.attributes().get("name_ascii")));
        GpkgFeature place = matches.stream().min(Comparator.comparingDouble(
                f -> BasemapLayers.distanceM(known, f.geometry()))).orElseThrow(
                        () -> new AssertionError(nameAscii + " not in the places layer"));
        double offsetM = BasemapLayers.distanceM(known, place.geometry());
        assertTrue(offsetM < MAX_LOOKUP_OFFSET_M, nameAscii + " found " + offsetM + " m from its known position");
        List<GpkgFeature> containing = BasemapLayers.layer(BasemapSchema.COUNTRIES,
                f -> f.geometry().contains(place.geometry()));
        assertEquals(1, containing.size(), nameAscii + " should lie in exactly one country polygon");
        Geometry point = place.geometry();
        assertEquals(side, containing.get(0).attributes().get("administers"),
                nameAscii + " at " + point + " lies in " + containing.get(0).attributes().get("name"));
    }
}
