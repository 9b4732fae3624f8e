package org.sitmap.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Name, version and licence of an unpacked npm package directory, read from its
 * {@code package.json} and checked against the expected package name so a wrong {@code --cities}
 * or {@code --world-atlas} directory fails with a clear message. Immutable value; thread-safe.
 */
public record NpmPackage(String name, String version, String licence) {

    /** Reads {@code dir/package.json} and checks its name. */
    public static NpmPackage read(Path dir, String expectedName) throws BasemapException {
        Path file = dir.resolve("package.json");
        if (!Files.isRegularFile(file)) {
            throw new BasemapException(file + ": file not found (expected the unpacked " + expectedName
                    + " npm package)");
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BasemapException(file + ": invalid JSON", e);
        }
        String name = json.path("name").asText("");
        if (!expectedName.equals(name)) {
            throw new BasemapException(file + ": name: is '" + name + "', expected '" + expectedName + "'");
        }
        return new NpmPackage(name, json.path("version").asText("unknown"), json.path("license").asText("unknown"));
    }

    /** {@code name@version}. */
    public String spec() {
        return name + "@" + version;
    }
}
