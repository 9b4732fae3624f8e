package org.sitmap.briefing.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.briefing.SavedView;
import org.sitmap.testsupport.ImageAssert;

/**
 * One exported view as a PNG against a reviewed reference (fixed generated time, so the title
 * block is deterministic): map, title block, legend, scale bar, banners and synthetic watermark.
 */
class BriefingPngGoldenTest {

    @TempDir
    Path dir;

    @Test
    void strikesViewMatchesTheGoldenImage() throws Exception {
        BriefingFixture fx = new BriefingFixture(dir);
        SavedView strikes = fx.views.get(2);
        BufferedImage img = PngViewWriter.render(fx.input(), strikes, 960, 600, 1);
        ImageAssert.assertMatchesGolden(img, Path.of("src/test/resources/golden/brief-strikes-960x600.png"), 0.004);
    }

    @Test
    void theBannerIsDrawnInItsColourTopAndBottomAndTwiceAsLargeAtTwoX() throws Exception {
        BriefingFixture fx = new BriefingFixture(dir);
        BufferedImage img = PngViewWriter.render(fx.input(), fx.views.get(0), 800, 500, 2);
        assertEquals(1600, img.getWidth());
        assertEquals(1000, img.getHeight());
        int green = 0x007A33;
        assertEquals(green, img.getRGB(4, 4) & 0xFFFFFF, "top banner");
        assertEquals(green, img.getRGB(4, 995) & 0xFFFFFF, "bottom banner");
        assertNotEquals(green, img.getRGB(4, 500) & 0xFFFFFF, "map between them");
    }
}
