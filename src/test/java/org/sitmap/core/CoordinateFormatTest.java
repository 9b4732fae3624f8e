package org.sitmap.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CoordinateFormatTest {

    @Test
    void dmsUsesHemispheresAndRoundsSecondsCarryingOver() {
        assertEquals("33°46'12.0\"N 074°05'24.0\"E", LonLatFormat.dms(33.77, 74.09));
        assertEquals("00°30'00.0\"S 001°00'00.0\"W", LonLatFormat.dms(-0.5, -1.0));
        // 59.99999 minutes must carry into the next degree, not print 60'
        assertEquals("35°00'00.0\"N 077°00'00.0\"E", LonLatFormat.dms(34.9999999, 76.9999999));
    }

    @Test
    void mgrsMatchesTheValueCheckedAgainstGdal() {
        // TESTING.md: mil.nga:mgrs gives 43SDT1573637026 for Poonch, and GDAL's UTM 43N agrees
        assertEquals("43SDT1573637026", MgrsFormat.meter(33.77, 74.09));
    }

    @Test
    void mgrsOutsideUtmIsADash() {
        assertEquals("—", MgrsFormat.meter(88, 10));
        assertEquals("—", MgrsFormat.meter(Double.NaN, 10));
    }
}
