package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.testsupport.Cli;
import org.sitmap.testsupport.TestPaths;

/**
 * {@code sitmap render} marks synthetic data: the demo file's render carries the dark-red notice
 * box in the top-left corner; the same incidents from a store that is not flagged synthetic, and
 * the basemap alone, do not.
 */
class RenderSyntheticMarkTest {

    /** Where DecorationPainter puts the first notice: a box from (10, 7), text in #8A1C1C. */
    private static final int X0 = 10;
    private static final int Y0 = 7;
    private static final int X1 = 330;
    private static final int Y1 = 29;
    private static final int NOTICE_RGB = 0x8A1C1C;

    @TempDir
    static Path dir;

    private static BufferedImage demo;
    private static BufferedImage realStore;
    private static BufferedImage basemapOnly;

    private static BufferedImage render(String name, String... extra) throws Exception {
        Path png = dir.resolve(name + ".png");
        String[] base = {"render", "--map", TestPaths.basemap().toString(), "--out", png.toString(),
            "--width", "800", "--height", "560"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        Cli.Run r = Cli.run(args);
        assertEquals(0, r.exitCode(), r.toString());
        return ImageIO.read(png.toFile());
    }

    @BeforeAll
    static void renderThree() throws Exception {
        Path demoCopy = dir.resolve("demo.gpkg");
        Files.copy(Path.of("data/demo-incidents.gpkg"), demoCopy);
        Path notSynthetic = dir.resolve("same-incidents-not-synthetic.gpkg");
        Files.copy(demoCopy, notSynthetic);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + notSynthetic);
             Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE sitmap_metadata SET value = 'false' WHERE key = 'synthetic'"));
        }
        demo = render("demo", "--db", demoCopy.toString());
        realStore = render("real", "--db", notSynthetic.toString());
        basemapOnly = render("basemap", "--no-incidents");
    }

    /** Pixels in the notice box within {@code tolerance} (per channel) of the notice's text colour. */
    private static int noticePixels(BufferedImage img, int tolerance) {
        int n = 0;
        for (int y = Y0; y < Y1; y++) {
            for (int x = X0; x < X1; x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xFF) - ((NOTICE_RGB >> 16) & 0xFF)) <= tolerance
                        && Math.abs(((rgb >> 8) & 0xFF) - ((NOTICE_RGB >> 8) & 0xFF)) <= tolerance
                        && Math.abs((rgb & 0xFF) - (NOTICE_RGB & 0xFF)) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = Y0; y < Y1; y++) {
            for (int x = X0; x < X1; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void demoRenderCarriesTheNoticeInTheTopLeftCorner() {
        int inDemo = noticePixels(demo, 24);
        assertTrue(inDemo >= 60, "notice-coloured text pixels in the corner: " + inDemo);
        assertTrue(differingPixels(demo, basemapOnly) > 500,
                "the corner differs from the basemap-only render: " + differingPixels(demo, basemapOnly));
    }

    @Test
    void sameIncidentsFromANonSyntheticStoreHaveNoNotice() {
        assertEquals(0, noticePixels(realStore, 24));
        assertEquals(0, noticePixels(basemapOnly, 24));
        assertTrue(differingPixels(demo, realStore) > 500, "only the synthetic flag differs, and the mark with it");
    }
}
