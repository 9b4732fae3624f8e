package org.sitmap.basemap;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the bundled basemap when the user names none: the {@code sitmap.map} system property,
 * then {@code maps/kashmir.gpkg} under the working directory, then beside the jar
 * ({@code target/../maps}). Returns the first candidate that exists, else the working-directory
 * path, so the error message names the file the user would expect. Stateless.
 */
public final class BasemapLocator {

    public static final String DEFAULT_RELATIVE = "maps/kashmir.gpkg";

    private BasemapLocator() {
    }

    public static Path defaultBasemap() {
        String prop = System.getProperty("sitmap.map");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        Path cwd = Path.of(DEFAULT_RELATIVE);
        if (Files.exists(cwd)) {
            return cwd;
        }
        try {
            Path jar = Path.of(BasemapLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path besideJar = jar.getParent().resolveSibling(DEFAULT_RELATIVE);
            if (Files.exists(besideJar)) {
                return besideJar;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // not running from a file location: fall back to the working directory
        }
        return cwd;
    }
}
