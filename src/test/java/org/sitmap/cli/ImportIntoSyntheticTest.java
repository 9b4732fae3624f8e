package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.io.store.IncidentSchema;
import picocli.CommandLine;

class ImportIntoSyntheticTest {

    @TempDir
    Path dir;

    private static final String CSV = "event_id_cnty,event_date,event_type,sub_event_type,latitude,longitude,country\n"
            + "IND1,2025-05-07,Battles,Armed clash,33.7,74.1,India\n";

    private static String sha(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private static int run(ByteArrayOutputStream err, String... args) {
        PrintStream old = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CommandLine(new SitmapCommand()).execute(args);
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void realReportsAreNeverImportedIntoASyntheticFile() throws Exception {
        Path demo = dir.resolve("demo.gpkg");
        IncidentSchema.create(demo, true, null, false);
        Path csv = dir.resolve("real.csv");
        Files.writeString(csv, CSV);
        String before = sha(demo);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "import", csv.toString(), "--into", demo.toString()));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("SYNTHETIC") && msg.contains(demo.toString()) && msg.contains("not changed"), msg);
        assertEquals(before, sha(demo));
    }

    @Test
    void aNewFileWhoseImportIsRejectedIsNotLeftBehind() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, CSV.replace("2025-05-07", "2025-13-45"));
        Path target = dir.resolve("new.gpkg");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, run(err, "import", csv.toString(), "--into", target.toString()));
        assertFalse(Files.exists(target), err.toString(StandardCharsets.UTF_8));
    }
}
