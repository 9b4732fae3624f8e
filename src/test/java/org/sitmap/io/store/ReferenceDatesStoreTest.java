package org.sitmap.io.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.core.ReferenceDate;

class ReferenceDatesStoreTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileKeepsTheDefaultReferenceDatesIncludingTheCeasefireAtFivePmIst() throws Exception {
        Path f = dir.resolve("a.gpkg");
        IncidentSchema.create(f, false, null, false);
        try (IncidentStore s = IncidentStore.openReadOnly(f)) {
            List<ReferenceDate> dates = s.referenceDates();
            assertEquals(ReferenceDate.defaults(), dates);
            ReferenceDate ceasefire = dates.stream().filter(r -> r.id().equals(ReferenceDate.CEASEFIRE_2025))
                    .findFirst().orElseThrow();
            assertEquals(Instant.parse("2025-05-10T11:30:00Z"), ceasefire.at());
        }
    }

    @Test
    void editedDatesAreSavedInTheFileAndReadBack() throws Exception {
        Path f = dir.resolve("b.gpkg");
        IncidentSchema.create(f, false, null, false);
        List<ReferenceDate> edited = List.of(new ReferenceDate("x", "Exercise start", Instant.parse("2025-06-01T03:00:00Z")),
                ReferenceDate.defaults().get(4));
        try (IncidentStore s = IncidentStore.openWritable(f)) {
            s.saveReferenceDates(edited);
        }
        try (IncidentStore s = IncidentStore.openReadOnly(f)) {
            assertEquals(edited, s.referenceDates());
        }
        assertThrows(StoreException.class, () -> {
            try (IncidentStore s = IncidentStore.openReadOnly(f)) {
                s.saveReferenceDates(List.of());
            }
        });
    }

    @Test
    void aFileWithoutTheTableReadsDefaultsAndGainsItOnSave() throws Exception {
        Path f = dir.resolve("c.gpkg");
        IncidentSchema.create(f, false, null, false);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            c.createStatement().execute("DROP TABLE reference_dates");
            c.createStatement().execute("DELETE FROM gpkg_contents WHERE table_name = 'reference_dates'");
        }
        try (IncidentStore s = IncidentStore.openWritable(f)) {
            assertEquals(ReferenceDate.defaults(), s.referenceDates());
            s.saveReferenceDates(ReferenceDate.defaults().subList(0, 2));
            assertEquals(ReferenceDate.defaults().subList(0, 2), s.referenceDates());
        }
    }
}
