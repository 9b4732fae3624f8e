package org.sitmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.editing.IncidentEditor;
import org.sitmap.io.store.IncidentSchema;
import org.sitmap.testsupport.Cli;
import org.sitmap.testsupport.SampleIncidents;

/** {@code sitmap history} prints who changed what, when and why, per file or per incident, and as CSV. */
class HistoryCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsEveryEntryWithUserReasonAndChangedValues() throws Exception {
        Path db = dir.resolve("h.gpkg");
        IncidentSchema.create(db, false, null, false);
        IncidentEditor e = new IncidentEditor(db, "analyst1");
        Incident a = e.add(SampleIncidents.mendharShelling(), "police report").added();
        e.update(a, IncidentBuilder.from(a).injuredTotal(3).injuredCivilian(3).build(), "hospital update");
        Incident b = e.add(IncidentBuilder.from(SampleIncidents.mendharShelling()).lon(74.0).build(), "second").added();
        e.delete(b, "duplicate of #1");

        Cli.Run all = Cli.run("history", "--db", db.toString());
        assertEquals(0, all.exitCode(), all.toString());
        assertTrue(all.out().contains("analyst1  added incident " + a.id() + " — police report"), all.out());
        assertTrue(all.out().contains("changed incident " + a.id() + " — hospital update"), all.out());
        assertTrue(all.out().contains("injured_total: 2 → 3"), all.out());
        assertTrue(all.out().contains("deleted incident " + b.id() + " — duplicate of #1"), all.out());
        assertTrue(all.out().contains("entries=4"), all.out());

        Path csv = dir.resolve("audit.csv");
        Cli.Run one = Cli.run("history", "--db", db.toString(), "--id", a.id().toString(), "--csv", csv.toString());
        assertEquals(0, one.exitCode(), one.toString());
        assertTrue(one.out().contains("entries=2"), one.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size(), lines.toString());
        assertEquals(String.join(",", org.sitmap.io.store.AuditCsv.HEADER), lines.get(0));
        assertTrue(lines.get(2).contains("hospital update") && lines.get(2).contains("\"{\"\"injured_total\"\":2"),
                lines.get(2));
    }

    @Test
    void aMissingFileIsReportedWithExitTwo() {
        Cli.Run r = Cli.run("history", "--db", dir.resolve("none.gpkg").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("none.gpkg") && r.err().contains("not found"), r.err());
    }
}
