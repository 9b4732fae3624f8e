package org.sitmap.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * GDAL's GeoPackage validator ({@code validate_gpkg.py}), when installed (gdal-bin, python3-gdal).
 * Tests that need it call {@link #assumeValidator()} so a bare developer machine still passes.
 */
public final class Gdal {

    public static final Path PYTHON = Path.of("/usr/bin/python3");
    public static final Path VALIDATOR =
            Path.of("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");

    private Gdal() {
    }

    public static void assumeValidator() {
        Assumptions.assumeTrue(Files.isExecutable(PYTHON) && Files.isRegularFile(VALIDATOR),
                "GDAL's validate_gpkg.py is not installed (apt-get install gdal-bin python3-gdal)");
    }

    /** Exit code and combined output of {@code validate_gpkg.py FILE}. */
    public record Result(int exitCode, String output) {
    }

    public static Result validate(Path gpkg) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON.toString(), VALIDATOR.toString(), gpkg.toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("validate_gpkg.py did not finish on " + gpkg);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
