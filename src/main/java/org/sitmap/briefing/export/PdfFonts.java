package org.sitmap.briefing.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fonts embedded in briefing PDFs: DejaVu Sans and Sans Bold from the system (Debian's
 * fonts-dejavu-core, which the set-up installs), registered with pdfbox-graphics2d so text stays
 * real, selectable, searchable text (subset-embedded), not outlines. {@code -Dsitmap.fonts=DIR}
 * points elsewhere. Without the files text still appears, drawn as shapes. Stateless.
 */
final class PdfFonts {

    private static final List<Path> DIRS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"), Path.of("/usr/share/fonts/TTF"), Path.of("/Library/Fonts"));

    private PdfFonts() {
    }

    /** A text drawer with the DejaVu fonts registered; {@code embedded} says whether any were found. */
    static PdfBoxGraphics2DFontTextDrawer drawer() {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        for (String name : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
            Path f = find(name);
            if (f != null) {
                drawer.registerFont(f.toFile());
            }
        }
        return drawer;
    }

    static boolean available() {
        return find("DejaVuSans.ttf") != null;
    }

    private static Path find(String name) {
        String custom = System.getProperty("sitmap.fonts");
        if (custom != null && Files.isRegularFile(Path.of(custom, name))) {
            return Path.of(custom, name);
        }
        for (Path d : DIRS) {
            if (Files.isRegularFile(d.resolve(name))) {
                return d.resolve(name);
            }
        }
        File windows = new File(System.getenv().getOrDefault("WINDIR", "C:\\Windows"), "Fonts\\" + name);
        return windows.isFile() ? windows.toPath() : null;
    }
}
