package org.sitmap.io.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFormatTest {

    @TempDir
    Path dir;

    @Test
    void detectsByExtensionAndCsvHeader() throws ImportException {
        assertEquals(ImportFormat.GEOJSON, ImportFormat.detect(dir.resolve("a.geojson")));
        assertEquals(ImportFormat.GEOJSON, ImportFormat.detect(dir.resolve("a.JSON")));
        assertEquals(ImportFormat.KML, ImportFormat.detect(dir.resolve("a.kml")));
        assertEquals(ImportFormat.KML, ImportFormat.detect(dir.resolve("a.kmz")));
        assertEquals(ImportFormat.ACLED, ImportFormat.detect(Collected.write(dir, "acled.csv",
                "\uFEFFevent_id_cnty,event_date,event_type\nIND1,2025-05-07,Battles\n")));
        assertEquals(ImportFormat.UCDP, ImportFormat.detect(Collected.write(dir, "ged.csv",
                "id,relid,year,where_prec\n1,PAK-1,1990,2\n")));
        assertTrue(ImportFormat.detect(dir.resolve("x.kml")).reader() instanceof KmlReader);
    }

    @Test
    void anUnknownCsvOrExtensionFailsListingTheFormats() {
        Path other = Collected.write(dir, "other.csv", "name,lat,lon\nx,1,2\n");
        ImportException csv = assertThrows(ImportException.class, () -> ImportFormat.detect(other));
        assertTrue(csv.getMessage().startsWith("other.csv: unrecognised CSV header"), csv.getMessage());
        for (ImportFormat f : ImportFormat.values()) {
            assertTrue(csv.getMessage().contains(f.description()), csv.getMessage());
        }
        ImportException txt = assertThrows(ImportException.class, () -> ImportFormat.detect(dir.resolve("notes.txt")));
        assertTrue(txt.getMessage().contains("unrecognised file type; supported formats: ACLED CSV"), txt.getMessage());
    }
}
