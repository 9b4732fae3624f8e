package org.sitmap.testsupport;

import java.nio.file.Path;

/** Where tests find the shared fixtures and the committed basemap (set by surefire). */
public final class TestPaths {

    private TestPaths() {
    }

    public static Path fixtures() {
        return Path.of(System.getProperty("sitmap.fixtures", "../shared/fixtures"));
    }

    public static Path basemap() {
        return Path.of(System.getProperty("sitmap.maps", "maps")).resolve("kashmir.gpkg");
    }
}
