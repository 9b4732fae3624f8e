package org.sitmap.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Golden-image comparison with a tolerance, after GeoTools' ImageAssert: a pixel differs when
 * any channel differs by more than {@link #CHANNEL_TOLERANCE}; the test fails when more than the
 * allowed fraction differ, and then writes actual.png and diff.png under target/golden/.
 * Run with -Dsitmap.regenerateGolden=true to rewrite the reference deliberately.
 */
public final class ImageAssert {

    public static final int CHANNEL_TOLERANCE = 40;

    private ImageAssert() {
    }

    public static void assertMatchesGolden(BufferedImage actual, Path golden, double maxDifferingFraction) throws IOException {
        if (Boolean.getBoolean("sitmap.regenerateGolden")) {
            Files.createDirectories(golden.getParent());
            ImageIO.write(actual, "png", golden.toFile());
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden image " + golden + "; run once with -Dsitmap.regenerateGolden=true and check it by eye");
        }
        BufferedImage expected = ImageIO.read(golden.toFile());
        assertEquals(expected.getWidth(), actual.getWidth(), "width");
        assertEquals(expected.getHeight(), actual.getHeight(), "height");
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                boolean differs = channelDiff(a, e, 16) > CHANNEL_TOLERANCE || channelDiff(a, e, 8) > CHANNEL_TOLERANCE
                        || channelDiff(a, e, 0) > CHANNEL_TOLERANCE;
                if (differs) {
                    differing++;
                }
                diff.setRGB(x, y, differs ? 0xFF0000 : (e & 0xFEFEFE) >> 1 | 0x808080);
            }
        }
        double fraction = differing / (double) (actual.getWidth() * actual.getHeight());
        if (fraction > maxDifferingFraction) {
            Path out = Path.of("target", "golden");
            Files.createDirectories(out);
            String base = golden.getFileName().toString().replace(".png", "");
            ImageIO.write(actual, "png", out.resolve(base + "-actual.png").toFile());
            ImageIO.write(diff, "png", out.resolve(base + "-diff.png").toFile());
            fail(String.format("%.3f%% of pixels differ from %s (allowed %.3f%%); see target/golden/", fraction * 100,
                    golden, maxDifferingFraction * 100));
        }
    }

    private static int channelDiff(int a, int b, int shift) {
        return Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
    }
}
