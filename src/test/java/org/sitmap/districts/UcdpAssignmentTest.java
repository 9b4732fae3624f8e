package org.sitmap.districts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.core.Incident;
import org.sitmap.districts.io.BasemapDistricts;
import org.sitmap.io.incidents.ProgressListener;
import org.sitmap.io.store.IncidentImport;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.map.projection.WebMercator;
import org.sitmap.situation.IncidentFile;
import org.sitmap.situation.IncidentFileLoader;
import org.sitmap.testsupport.TestPaths;

/**
 * Assignment of the real UCDP GED Pakistan extract's "India - Pakistan" events over the basemap's
 * zones. Expected: every event with an adm_2 lands in the district its adm_2 names (counted here
 * from the CSV with FastCSV and a hand-written spelling map); events without one are placed by
 * position — checked against the polygon in lon/lat — or listed as unassigned with a reason.
 */
class UcdpAssignmentTest {

    @TempDir
    static Path dir;
    static Map<String, String> adm2ById = new HashMap<>();
    static Map<String, double[]> lonLatById = new HashMap<>();
    static Map<Long, String> idByFid = new HashMap<>();
    static DistrictAnalysis analysis;

    @BeforeAll
    static void importAndAssign() throws Exception {
        Path csv = TestPaths.fixtures().resolve("events/ucdp_ged_conflict_data_pak.csv");
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord rec : r) {
                if ("India - Pakistan".equals(rec.getField("conflict_name"))) {
                    adm2ById.put("UCDP:" + rec.getField("id"), rec.getField("adm_2"));
                    lonLatById.put("UCDP:" + rec.getField("id"), new double[] {
                        Double.parseDouble(rec.getField("longitude")), Double.parseDouble(rec.getField("latitude"))});
                }
            }
        }
        Path db = dir.resolve("ucdp.gpkg");
        IncidentSchema.create(db, false, null, false);
        try (IncidentStore store = IncidentStore.openWritable(db)) {
            new IncidentImport(store).run(csv, null, false, i -> { }, ProgressListener.NONE);
            for (Incident i : store.all()) {
                idByFid.put(i.id(), i.sourceEventId());
            }
        }
        IncidentFile file = IncidentFileLoader.load(db, WebMercator.INSTANCE);
        BasemapDistricts.Contents basemap = BasemapDistricts.load(TestPaths.basemap());
        analysis = DistrictAnalysis.prepare(file.table(), basemap.zones(), basemap.geography(), WebMercator.INSTANCE);
    }

    /** UCDP's spelling → ours, by hand: " district" dropped, Neelam → Neelum. */
    private static String expectedName(String adm2) {
        String name = adm2.replace(" district", "");
        return name.equals("Neelam") ? "Neelum" : name;
    }

    @Test
    void namedEventsLandInTheirAdm2District() {
        Map<String, Integer> expected = new TreeMap<>();
        for (String adm2 : adm2ById.values()) {
            if (!adm2.isBlank()) {
                expected.merge("PK:" + expectedName(adm2), 1, Integer::sum);
            }
        }
        Map<String, Integer> actual = new TreeMap<>();
        DistrictAssignment a = analysis.assignment();
        for (int row = 0; row < analysis.table().size(); row++) {
            String id = idByFid.get(analysis.table().fid(row));
            String adm2 = adm2ById.get(id);
            if (adm2 != null && !adm2.isBlank()) {
                assertEquals(DistrictAssignment.Method.ATTRIBUTE, a.method(row), id);
                District d = a.districts().get(a.district(row));
                actual.merge(d.side() + ":" + d.name(), 1, Integer::sum);
            }
        }
        assertEquals(326, expected.values().stream().mapToInt(Integer::intValue).sum(), "named events in the CSV");
        assertEquals(expected, actual);
    }

    @Test
    void unnamedEventsArePlacedByPositionOrListed() {
        GeometryFactory f = new GeometryFactory();
        DistrictAssignment a = analysis.assignment();
        int byPosition = 0;
        int unassigned = 0;
        for (int row = 0; row < analysis.table().size(); row++) {
            String id = idByFid.get(analysis.table().fid(row));
            if (adm2ById.containsKey(id) && adm2ById.get(id).isBlank()) {
                assertNotEquals(DistrictAssignment.Method.ATTRIBUTE, a.method(row), id);
                double[] ll = lonLatById.get(id);
                if (a.method(row) == DistrictAssignment.Method.POSITION) {
                    byPosition++;
                    District d = a.districts().get(a.district(row));
                    assertTrue(d.lonLat().buffer(1e-4).contains(f.createPoint(new Coordinate(ll[0], ll[1]))),
                            id + " placed in " + d.name() + " but lies outside it");
                } else {
                    unassigned++;
                    assertTrue(!a.reason(row).isEmpty(), id);
                }
            }
        }
        System.out.printf("UCDP India-Pakistan without adm_2: %d by position, %d unassigned%n", byPosition, unassigned);
        assertEquals(103, byPosition + unassigned, "events without adm_2 in the CSV");
        assertTrue(byPosition > 0);
    }
}
