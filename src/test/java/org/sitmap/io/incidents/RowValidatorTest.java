package org.sitmap.io.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitmap.io.incidents.RowIssue.Severity;

class RowValidatorTest {
    private final List<RowIssue> issues = new ArrayList<>();
    private RowValidator v;

    @BeforeEach
    void start() {
        v = new RowValidator(Path.of("dir", "events.csv"), issues::add);
        v.startRow(17);
    }

    @Test
    void pointsNearTheRegionAreQuietAndFarOnesAreKeptWithAWarning() {
        assertTrue(v.point(65.0, 22.5, "lon", "lat"), "inside the 2 degree margin");
        assertTrue(v.point(84.0, 40.5, "lon", "lat"), "on the margin's corner");
        assertEquals(List.of(), issues);
        assertTrue(v.point(84.01, 30.0, "lon", "lat"));
        assertEquals(1, issues.size());
        assertEquals(Severity.WARNING, issues.get(0).severity());
        assertFalse(v.hasErrors());
    }

    @Test
    void aSwappedPointIsOnlyCalledSwappedWhenTheSwapLandsInTheRegion() {
        assertFalse(v.point(34.08, 74.05, "lon", "lat"));
        assertEquals("events.csv:17: field 'lat/lon': latitude 74.05 and longitude 34.08 are probably swapped "
                + "(the point is outside the region, the swapped point is inside)", issues.get(0).toString());
        issues.clear();
        v.startRow(18);
        assertTrue(v.point(10.0, 60.0, "lon", "lat"), "Europe is far, not swapped");
        assertEquals(Severity.WARNING, issues.get(0).severity());
    }

    @Test
    void outOfRangeAndMissingAndUnparseableCoordinatesAreErrors() {
        assertFalse(v.point(181.0, 33.0, "lon", "lat"));
        assertFalse(v.point(74.0, -90.5, "lon", "lat"));
        assertFalse(v.point(null, 33.0, "lon", "lat"));
        Double bad = v.coordinate("lat", "33,7");
        assertTrue(bad.isNaN());
        assertFalse(v.point(74.0, bad, "lon", "lat"));
        assertEquals(List.of("longitude 181.0 out of range (-180..180)", "latitude -90.5 out of range (-90..90)",
                "missing coordinates", "not a number '33,7'"), issues.stream().map(RowIssue::reason).toList());
        assertEquals("lon", issues.get(2).field());
        assertTrue(issues.stream().allMatch(i -> i.severity() == Severity.ERROR));
    }

    @Test
    void countsAndGradesAreChecked() {
        assertEquals(0, v.casualties("fatalities", " 0 "));
        assertNull(v.casualties("fatalities", ""));
        assertNull(v.casualties("fatalities", "-1"));
        assertNull(v.casualties("fatalities", "2.5"));
        assertEquals('A', v.reliability("reliability", "a"));
        assertNull(v.reliability("reliability", "AB"));
        assertEquals(6, v.credibility("credibility", "6"));
        assertNull(v.credibility("credibility", "-1"));
        assertEquals(List.of("negative casualty count -1", "not a whole number '2.5'",
                "reliability 'AB' is not one of A-F", "credibility '-1' is not one of 1-6"),
                issues.stream().map(RowIssue::reason).toList());
    }

    @Test
    void aRowIssueWithoutFieldOmitsIt() {
        assertEquals("x.kml:3: feature broken",
                new RowIssue(Path.of("x.kml"), 3, null, "feature broken", Severity.ERROR).toString());
    }
}
