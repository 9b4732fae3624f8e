package org.sitmap.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.io.store.IncidentEdits;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.testsupport.Gdal;
import org.sitmap.testsupport.SampleIncidents;

/**
 * Two OS processes edit the same file at once, both adding records and both incrementing the same
 * incident's count: no edit is lost (the final count is every increment), the file passes
 * integrity_check and rtreecheck, every incident has its R-tree row, and GDAL still validates it.
 */
class ConcurrentWritersTest {

    private static final int PER_PROCESS = 30;

    @TempDir
    Path dir;

    private static Process writer(Path file, String name, Path go) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ConcurrentWriter.class.getName(),
                file.toString(), name, Integer.toString(PER_PROCESS), go.toString()).redirectErrorStream(true).start();
    }

    @Test
    void twoProcessesWritingAtOnceLoseNoUpdateAndLeaveAValidFile() throws Exception {
        Path file = dir.resolve("shared.gpkg");
        IncidentSchema.create(file, false, null, false);
        try (IncidentStore s = IncidentStore.openWritable(file)) {
            new IncidentEdits(s, "setup").insert(IncidentBuilder.from(SampleIncidents.mendharShelling()).killedTotal(0)
                    .build(), "shared record");
        }
        Path go = dir.resolve("go");
        List<Process> processes = new ArrayList<>(List.of(writer(file, "alpha", go), writer(file, "bravo", go)));
        Files.writeString(go, "go");
        int conflicts = 0;
        for (Process p : processes) {
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "writer did not finish");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("increments=" + PER_PROCESS), out);
            conflicts += Integer.parseInt(out.replaceAll("(?s).*conflicts=(\\d+).*", "$1"));
        }
        System.out.println("concurrent writers: " + conflicts + " conflicts detected and redone");
        assertEquals(2 * PER_PROCESS, SampleIncidents.scalar(file, "SELECT killed_total FROM incidents WHERE fid = 1"),
                "every increment landed: none overwrote another (" + conflicts + " conflicts were detected and redone)");
        assertEquals(1 + 2 * PER_PROCESS, SampleIncidents.scalar(file, "SELECT count(*) FROM incidents"));
        assertEquals(2 * PER_PROCESS, SampleIncidents.scalar(file,
                "SELECT count(*) FROM sitmap_audit WHERE action = 'update' AND incident_fid = 1"));
        assertEquals(1 + 2 * PER_PROCESS, SampleIncidents.scalar(file,
                "SELECT count(*) FROM sitmap_audit WHERE action = 'insert'"));
        assertEquals("", SampleIncidents.integrityProblems(file));
        if (Files.isRegularFile(Gdal.VALIDATOR)) {
            Gdal.Result r = Gdal.validate(file);
            assertEquals(0, r.exitCode(), r.output());
        }
    }
}
