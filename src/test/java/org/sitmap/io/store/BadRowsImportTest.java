package org.sitmap.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentType;
import org.sitmap.io.incidents.ProgressListener;
import org.sitmap.io.incidents.RowIssue;
import org.sitmap.testsupport.Cli;
import org.sitmap.testsupport.FileDigest;

/**
 * Each kind of bad input, imported into a store that already holds incidents: rejected rows roll
 * the whole file back (the store is byte-for-byte unchanged) with a message naming file, line,
 * field and reason; {@code --skip-bad-rows} lands exactly the good rows; warnings never block.
 */
class BadRowsImportTest {

    @TempDir
    Path dir;

    private Path db;
    private Set<String> baselineIds;

    @BeforeEach
    void storeWithExistingIncidents() throws Exception {
        db = dir.resolve("store.gpkg");
        IncidentSchema.create(db, false, null, false);
        AcledFile baseline = new AcledFile();
        baselineIds = new TreeSet<>();
        for (int n = 0; n < 5; n++) {
            baseline.addGood("BASE" + n, n);
            baselineIds.add("BASE" + n);
        }
        ImportOutcome o = importFile(baseline.write(dir.resolve("baseline.csv")), false, new ArrayList<>());
        assertTrue(o.committed());
        assertEquals(5, o.added());
    }

    private ImportOutcome importFile(Path file, boolean skip, List<RowIssue> issues) throws Exception {
        try (IncidentStore store = IncidentStore.openWritable(db)) {
            return new IncidentImport(store).run(file, null, skip, issues::add, ProgressListener.NONE);
        }
    }

    private Set<String> storedIds() throws Exception {
        try (IncidentStore store = IncidentStore.openReadOnly(db)) {
            return store.all().stream().map(Incident::sourceEventId).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private long count() throws Exception {
        try (IncidentStore store = IncidentStore.openReadOnly(db)) {
            return store.count();
        }
    }

    /** A rejecting case: how to spoil a good row, and the issue's field and a fragment of its reason. */
    record BadCase(String name, Consumer<Map<String, String>> spoil, String field, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> rejectingCases() {
        return Stream.of(
                new BadCase("unparseable date", r -> r.put("event_date", "2025-13-45"), "event_date",
                        "unparseable date '2025-13-45'"),
                new BadCase("latitude out of range", r -> r.put("latitude", "95.25"), "latitude",
                        "latitude 95.25 out of range"),
                new BadCase("longitude out of range", r -> r.put("longitude", "-190.5"), "longitude",
                        "longitude -190.5 out of range"),
                new BadCase("probably swapped", r -> {
                    r.put("latitude", "74.1");
                    r.put("longitude", "33.6");
                }, "latitude/longitude", "probably swapped"),
                new BadCase("missing coordinates", r -> {
                    r.put("latitude", "");
                    r.put("longitude", "");
                }, "latitude/longitude", "missing coordinates"),
                new BadCase("missing latitude only", r -> r.put("latitude", " "), "latitude", "missing coordinates"))
                .map(Arguments::of);
    }

    /** 6 good rows with the bad one at row index 3 (file line 5). */
    private static AcledFile fileWithBadRow(BadCase c, List<String> goodIds) {
        AcledFile f = new AcledFile();
        for (int k = 0; k < 7; k++) {
            String id = "NEW" + k;
            Map<String, String> row = AcledFile.goodRow(id, 10 + k);
            if (k == 3) {
                c.spoil().accept(row);
            } else {
                goodIds.add(id);
            }
            f.add(row);
        }
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectingCases")
    void aRejectedRowRollsBackTheWholeFileAndNamesFileLineFieldAndReason(BadCase c) throws Exception {
        List<String> good = new ArrayList<>();
        Path file = fileWithBadRow(c, good).write(dir.resolve("bad events.csv"));
        long countBefore = count();
        String digestBefore = FileDigest.sha256(db);

        List<RowIssue> issues = new ArrayList<>();
        ImportOutcome o = importFile(file, false, issues);

        assertFalse(o.committed());
        assertEquals(0, o.added());
        assertEquals(1, o.rejected());
        List<RowIssue> errors = issues.stream().filter(i -> i.severity() == RowIssue.Severity.ERROR).toList();
        assertEquals(1, errors.size(), issues.toString());
        RowIssue e = errors.get(0);
        assertEquals(file, e.file());
        assertEquals(AcledFile.lineOf(3), e.line());
        assertEquals(c.field(), e.field());
        assertTrue(e.reason().contains(c.reason()), e.reason());
        assertTrue(e.toString().startsWith("bad events.csv:5: field '" + c.field() + "': "), e.toString());
        assertEquals(o.issues(), issues, "the outcome keeps the issues the sink saw");
        assertTrue(o.summary().contains("nothing imported"), o.summary());

        assertEquals(countBefore, count());
        assertEquals(digestBefore, FileDigest.sha256(db), "the store is byte-for-byte unchanged");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectingCases")
    void skipBadRowsLandsExactlyTheGoodRows(BadCase c) throws Exception {
        List<String> good = new ArrayList<>();
        Path file = fileWithBadRow(c, good).write(dir.resolve("events.csv"));
        ImportOutcome o = importFile(file, true, new ArrayList<>());
        assertTrue(o.committed());
        assertEquals(good.size(), o.added());
        assertEquals(1, o.rejected());
        Set<String> expected = new TreeSet<>(baselineIds);
        expected.addAll(good);
        assertEquals(expected, storedIds());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectingCases")
    void importCommandPrintsTheRejectedRowAndChangesNothingThenSkipsWithTheFlag(BadCase c) throws Exception {
        List<String> good = new ArrayList<>();
        Path file = fileWithBadRow(c, good).write(dir.resolve("cli.csv"));
        String digestBefore = FileDigest.sha256(db);

        Cli.Run refused = Cli.run("import", file.toString(), "--into", db.toString());
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.out().contains("ERROR cli.csv:5: field '" + c.field() + "': "), refused.toString());
        assertTrue(refused.out().contains(c.reason()), refused.toString());
        assertTrue(refused.out().contains("--skip-bad-rows"), "tells the user how to import the rest: " + refused);
        assertEquals(digestBefore, FileDigest.sha256(db));

        Cli.Run skipped = Cli.run("import", file.toString(), "--into", db.toString(), "--skip-bad-rows");
        assertEquals(0, skipped.exitCode(), skipped.toString());
        assertTrue(skipped.out().contains("ERROR cli.csv:5: "), "still lists the skipped row: " + skipped);
        Set<String> expected = new TreeSet<>(baselineIds);
        expected.addAll(good);
        assertEquals(expected, storedIds());
    }

    @Test
    void unknownTypeIsKeptAsOtherWithAWarningAndCommits() throws Exception {
        AcledFile f = new AcledFile().addGood("T0", 1);
        Map<String, String> odd = AcledFile.goodRow("T1", 2);
        odd.put("event_type", "Strange things");
        odd.put("sub_event_type", "Alien landing");
        f.add(odd).addGood("T2", 3);
        List<RowIssue> issues = new ArrayList<>();
        ImportOutcome o = importFile(f.write(dir.resolve("types.csv")), false, issues);

        assertTrue(o.committed());
        assertEquals(3, o.added());
        assertEquals(0, o.rejected());
        assertEquals(1, o.warnings());
        RowIssue w = issues.get(0);
        assertEquals(RowIssue.Severity.WARNING, w.severity());
        assertEquals(AcledFile.lineOf(1), w.line());
        assertEquals("sub_event_type", w.field());
        assertTrue(w.reason().contains("'Alien landing'") && w.reason().contains("'other'"), w.reason());
        try (IncidentStore store = IncidentStore.openReadOnly(db)) {
            Incident t1 = store.all().stream().filter(i -> "T1".equals(i.sourceEventId())).findFirst().orElseThrow();
            assertEquals(IncidentType.OTHER, t1.type());
            assertEquals("Alien landing", t1.subType(), "the source's own sub-type is kept");
        }
    }

    @Test
    void rowsAlreadyInTheStoreAreSkippedWithAWarningAndAReimportAddsNothingButCommits() throws Exception {
        AcledFile f = new AcledFile().addGood("BASE1", 1).addGood("FRESH1", 2).addGood("BASE3", 3)
                .addGood("FRESH2", 4);
        Path file = f.write(dir.resolve("overlap.csv"));
        List<RowIssue> issues = new ArrayList<>();
        ImportOutcome o = importFile(file, false, issues);
        assertTrue(o.committed());
        assertEquals(2, o.added());
        assertEquals(2, o.duplicatesInStore());
        assertEquals(0, o.rejected());
        assertEquals(List.of(AcledFile.lineOf(0), AcledFile.lineOf(2)),
                issues.stream().map(RowIssue::line).toList());
        for (RowIssue i : issues) {
            assertEquals(RowIssue.Severity.WARNING, i.severity());
            assertTrue(i.reason().contains("duplicate source id") && i.reason().contains("already in the file"),
                    i.reason());
        }
        assertTrue(issues.get(0).reason().contains("BASE1"), issues.get(0).reason());
        assertEquals(7, count());

        List<RowIssue> again = new ArrayList<>();
        ImportOutcome second = importFile(file, false, again);
        assertTrue(second.committed(), "a re-import is not an error");
        assertEquals(0, second.added());
        assertEquals(4, second.duplicatesInStore());
        assertEquals(4, again.size());
        assertEquals(7, count());
        Set<String> expected = new TreeSet<>(baselineIds);
        expected.addAll(List.of("FRESH1", "FRESH2"));
        assertEquals(expected, storedIds());
    }

    @Test
    void duplicateIdWithinOneFileKeepsTheFirstRowOnly() throws Exception {
        Map<String, String> first = AcledFile.goodRow("SAME", 1);
        Map<String, String> second = AcledFile.goodRow("SAME", 2);
        second.put("location", "Second copy");
        ImportOutcome o = importFile(new AcledFile().add(first).add(second).write(dir.resolve("dup.csv")), false,
                new ArrayList<>());
        assertTrue(o.committed());
        assertEquals(1, o.added());
        assertEquals(1, o.warnings());
        try (IncidentStore store = IncidentStore.openReadOnly(db)) {
            Incident same = store.all().stream().filter(i -> "SAME".equals(i.sourceEventId())).findFirst()
                    .orElseThrow();
            assertEquals("Mendhar", same.location());
        }
    }

    @Test
    void farOutsideTheRegionIsKeptWithAWarning() throws Exception {
        Map<String, String> far = AcledFile.goodRow("FAR", 1);
        far.put("latitude", "10.5");
        far.put("longitude", "90.25");
        List<RowIssue> issues = new ArrayList<>();
        ImportOutcome o = importFile(new AcledFile().addGood("NEAR", 0).add(far).write(dir.resolve("far.csv")),
                false, issues);
        assertTrue(o.committed());
        assertEquals(2, o.added());
        assertEquals(1, issues.size());
        RowIssue w = issues.get(0);
        assertEquals(RowIssue.Severity.WARNING, w.severity());
        assertEquals(AcledFile.lineOf(1), w.line());
        assertTrue(w.reason().contains("far outside the region"), w.reason());
        try (IncidentStore store = IncidentStore.openReadOnly(db)) {
            Incident stored = store.all().stream().filter(i -> "FAR".equals(i.sourceEventId())).findFirst()
                    .orElseThrow();
            assertEquals(90.25, stored.lon());
            assertEquals(10.5, stored.lat());
        }
    }

    @Test
    void aFileThatCannotBeReadLeavesTheStoreUnchanged() throws Exception {
        Path notCsv = dir.resolve("mystery.csv");
        java.nio.file.Files.writeString(notCsv, "a,b,c\n1,2,3\n");
        String digestBefore = FileDigest.sha256(db);
        Cli.Run r = Cli.run("import", notCsv.toString(), "--into", db.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("mystery.csv"), r.toString());
        assertEquals(digestBefore, FileDigest.sha256(db));
    }
    @Test
    void aFileThatBreaksOffAfterGoodRowsIsRolledBackWhole() throws Exception {
        StringBuilder json = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [\n");
        for (int k = 0; k < 50; k++) {
            json.append(String.format(java.util.Locale.ROOT, "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\","
                    + " \"coordinates\": [74.%02d, 33.5]}, \"properties\": {\"source_event_id\": \"GJ%d\","
                    + " \"start_utc\": \"2025-05-07T10:00:00Z\", \"type\": \"mortar\"}},\n", k, k));
        }
        json.append("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Po"); // the download broke off here
        Path file = dir.resolve("broken.geojson");
        java.nio.file.Files.writeString(file, json);
        String digestBefore = FileDigest.sha256(db);
        long countBefore = count();

        org.sitmap.io.incidents.ImportException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.sitmap.io.incidents.ImportException.class, () -> importFile(file, true, new ArrayList<>()));
        assertTrue(e.getMessage().contains("broken.geojson"), e.getMessage());
        assertEquals(countBefore, count(), "not even with --skip-bad-rows do the 50 good features land");
        assertEquals(digestBefore, FileDigest.sha256(db));
    }
}
