package org.sitmap.editing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.io.store.EditConflictException;
import org.sitmap.io.store.IncidentEdits;
import org.sitmap.io.store.IncidentStore;
import org.sitmap.testsupport.SampleIncidents;

/**
 * A second OS process for {@link ConcurrentWritersTest}: {@code ConcurrentWriter FILE NAME COUNT GO}
 * waits for the GO file, then COUNT times reads incident 1, adds one incident of its own, and
 * saves incident 1 with killed_total + 1, as a user would (on a conflict it reads incident 1 again
 * and redoes the edit). Prints {@code increments=N conflicts=N} and exits 0.
 */
public final class ConcurrentWriter {

    private ConcurrentWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String name = args[1];
        int count = Integer.parseInt(args[2]);
        Path go = Path.of(args[3]);
        while (!Files.exists(go)) {
            Thread.onSpinWait();
        }
        int conflicts = 0;
        int increments = 0;
        for (int k = 0; k < count; k++) {
            try (IncidentStore store = IncidentStore.openWritable(file)) {
                IncidentEdits edits = new IncidentEdits(store, name);
                Incident shared = store.byId(1);
                // the user works on their own record before saving the shared one: the other
                // process gets that time to change the shared record first
                edits.insert(IncidentBuilder.from(SampleIncidents.mendharShelling())
                        .sourceEventId(name + "-" + k).build(), "writer " + name);
                while (true) {
                    Incident next = IncidentBuilder.from(shared).killedTotal(shared.killed() + 1).build();
                    try {
                        edits.update(shared, next, name + " increment " + k);
                        increments++;
                        break;
                    } catch (EditConflictException e) {
                        conflicts++;
                        shared = store.byId(1);
                    }
                }
            }
        }
        System.out.println("increments=" + increments + " conflicts=" + conflicts);
    }
}
