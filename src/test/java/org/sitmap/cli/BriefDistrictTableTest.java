package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.briefing.districts.DistrictTables;
import org.sitmap.districts.DistrictTableFormat;
import org.sitmap.testsupport.Cli;
import org.sitmap.testsupport.PdfPages;

/**
 * {@code brief} prints a view's district table beside its map when the view has a district choice,
 * with the numbers {@code districts} gives for the same windows; a view without one keeps
 * {@code --type-table}'s table.
 */
class BriefDistrictTableTest {

    private static final String CEASEFIRE = "Ceasefire: ten days before and after";
    private static final String BASELINE = "Baseline: January to March 2025";

    @TempDir
    Path dir;

    private record Row(String name, String side, String before, String after) {
        long beforeCount() {
            return Long.parseLong(before.replace(",", ""));
        }
    }

    /** The district rows of the CLI's aligned table (cells are separated by two or more spaces). */
    private static List<Row> districtRows(String out) {
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : out.lines().toList()) {
            if (line.startsWith("District ")) {
                inTable = true;
                continue;
            }
            if (!inTable) {
                continue;
            }
            if (line.startsWith("All districts") || line.isBlank()) {
                break;
            }
            String[] f = line.trim().split("\\s{2,}");
            rows.add(new Row(f[0], f[1], f[2], f[3]));
        }
        return rows;
    }

    @Test
    void aViewWithADistrictChoicePrintsTheDistrictTableOfItsWindows() throws Exception {
        Path demo = dir.resolve("demo-incidents.gpkg");
        Files.copy(Path.of("data/demo-incidents.gpkg"), demo);
        Path pdf = dir.resolve("brief.pdf");
        Cli.Run brief = Cli.run("brief", "--db", demo.toString(), "--out", pdf.toString(), "--views", CEASEFIRE, BASELINE,
                "--type-table", "--generated", "2025-05-12T08:00:00Z");
        assertEquals(0, brief.exitCode(), brief.toString());
        // the ceasefire view compares the ten days either side of 17:00 IST on 10 May
        Cli.Run districts = Cli.run("districts", "--db", demo.toString(),
                "--before", "2025-04-30T17:00+05:30..2025-05-10T17:00+05:30",
                "--after", "2025-05-10T17:00+05:30..2025-05-20T17:00+05:30", "--zone", "IST");
        assertEquals(0, districts.exitCode(), districts.toString());
        List<Row> rows = districtRows(districts.out());
        assertTrue(rows.size() > DistrictTables.MAX_ROWS, districts.out());
        // the view's choice sorts by Before, highest first
        Row busiest = rows.stream().max(Comparator.comparingLong(Row::beforeCount)).orElseThrow();
        String code = busiest.side().equals("India") ? "IN" : "PK";

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3, doc.getNumberOfPages(), "two views and sources");
            String ceasefire = PdfPages.text(doc, 1);
            assertTrue(ceasefire.contains("Ceasefire: ten days"), ceasefire);
            for (String h : List.of("District", "Before", "After", "Change", "Assessment")) {
                assertTrue(DistrictTableFormat.HEADERS.contains(h));
                assertTrue(ceasefire.contains(h), h + " in\n" + ceasefire);
            }
            String row = busiest.name() + " (" + code + ") " + busiest.before() + " " + busiest.after();
            assertTrue(ceasefire.contains(row), row + " in\n" + ceasefire);
            assertTrue(ceasefire.contains("… " + (rows.size() - DistrictTables.MAX_ROWS) + " more"), ceasefire);
            assertFalse(ceasefire.contains("Incidents by type"), "the district table replaces the type table");

            String baseline = PdfPages.text(doc, 2);
            assertTrue(baseline.contains("Baseline: January to"), baseline);
            assertTrue(baseline.contains("Incidents by type"), "--type-table still serves views without a choice");
            assertFalse(baseline.contains("Districts, before vs after"), baseline);
        }
    }
}
