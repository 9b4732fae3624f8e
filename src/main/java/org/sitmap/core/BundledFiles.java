package org.sitmap.core;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a file that ships with Sitmap (the basemap, the demo incidents) when the user names none:
 * a system property, then the path under the working directory, then beside the jar
 * ({@code target/../<relative>}). Stateless.
 */
public final class BundledFiles {

    private BundledFiles() {
    }

    /** The first existing candidate, or null when none exists. */
    public static Path find(String systemProperty, String relative) {
        String prop = System.getProperty(systemProperty);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        Path cwd = Path.of(relative);
        if (Files.exists(cwd)) {
            return cwd;
        }
        try {
            Path jar = Path.of(BundledFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path besideJar = jar.getParent().resolveSibling(relative);
            return Files.exists(besideJar) ? besideJar : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
