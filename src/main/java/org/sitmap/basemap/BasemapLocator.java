package org.sitmap.basemap;

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
        Path found = org.sitmap.core.BundledFiles.find("sitmap.map", DEFAULT_RELATIVE);
        return found != null ? found : Path.of(DEFAULT_RELATIVE);
    }
}
