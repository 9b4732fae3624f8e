package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.testsupport.Cli;
import org.sitmap.testsupport.ImageAssert;
import org.sitmap.testsupport.TestPaths;
import picocli.CommandLine;

class RenderCommandTest {

    @TempDir
    Path tmp;

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void rendersTheLocRegionToANonBlankPngMatchingTheGoldenImage() throws Exception {
        Path png = tmp.resolve("loc.png");
        // the golden image is the basemap alone; render otherwise draws data/demo-incidents.gpkg on top
        Cli.Run r = run("render", "--map", TestPaths.basemap().toString(), "--out", png.toString(),
                "--width", "800", "--height", "560", "--no-incidents");
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(560, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a drawn map has many colours, got " + colours.size());
        ImageAssert.assertMatchesGolden(img, Path.of("src/test/resources/golden/render-loc-800x560.png"), 0.004);
    }

    @Test
    void bboxSelectsTheArea() throws Exception {
        Path png = tmp.resolve("bbox.png");
        Cli.Run r = run("render", "--map", TestPaths.basemap().toString(), "--out", png.toString(),
                "--width", "400", "--height", "300", "--bbox", "73.5,33.5,75,34.6");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void missingBasemapExitsNonZeroNamingTheFile() {
        Path png = tmp.resolve("never.png");
        Cli.Run r = run("render", "--map", tmp.resolve("absent/kashmir.gpkg").toString(), "--out", png.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("absent/kashmir.gpkg"), r.err());
        assertTrue(r.err().contains("not found"), r.err());
        assertFalse(Files.exists(png), "no output on failure");
    }

    @Test
    void corruptBasemapExitsNonZeroWithTheReason() throws Exception {
        Path bad = tmp.resolve("kashmir.gpkg");
        Files.writeString(bad, "this is not a GeoPackage");
        Cli.Run r = run("render", "--map", bad.toString(), "--out", tmp.resolve("x.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(bad.toString()), r.err());
    }

    @Test
    void badBboxIsRefusedClearly() {
        Cli.Run r = run("render", "--map", TestPaths.basemap().toString(), "--out", tmp.resolve("x.png").toString(),
                "--bbox", "75,34,74,35");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--bbox"), r.err());
    }
}
