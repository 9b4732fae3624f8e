package org.sitmap.io.store;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small ACLED CSV files for store tests, one record per physical line (no field holds a
 * line break), so row {@code k} (0-based) is on line {@code k + 2}. Values are plain ACLED text,
 * written here without any Sitmap code.
 */
final class AcledFile {

    static final List<String> HEADER = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "country", "admin1", "admin2", "location", "latitude", "longitude",
            "source", "notes", "fatalities");

    private final List<Map<String, String>> rows = new ArrayList<>();

    /** A good row: shelling reported by India near Poonch, on 2025-05-0{day}. */
    static Map<String, String> goodRow(String id, int n) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("event_id_cnty", id);
        r.put("event_date", String.format("2025-05-%02d", 1 + n % 28));
        r.put("time_precision", "1");
        r.put("event_type", "Explosions/Remote violence");
        r.put("sub_event_type", "Shelling/artillery/missile attack");
        r.put("actor1", "Military Forces of Pakistan (2018-)");
        r.put("country", "India");
        r.put("admin1", "Jammu and Kashmir");
        r.put("admin2", "Poonch");
        r.put("location", "Mendhar");
        r.put("latitude", String.format(java.util.Locale.ROOT, "%.5f", 33.40 + (n % 500) * 0.001));
        r.put("longitude", String.format(java.util.Locale.ROOT, "%.5f", 74.00 + (n % 300) * 0.001));
        r.put("source", "Test source " + n);
        r.put("notes", "row " + n);
        r.put("fatalities", Integer.toString(n % 3));
        return r;
    }

    AcledFile add(Map<String, String> row) {
        rows.add(row);
        return this;
    }

    AcledFile addGood(String id, int n) {
        return add(goodRow(id, n));
    }

    int size() {
        return rows.size();
    }

    /** The 1-based file line of row {@code k} (0-based): the header is line 1. */
    static long lineOf(int k) {
        return k + 2L;
    }

    Path write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord(HEADER);
            for (Map<String, String> r : rows) {
                String[] values = new String[HEADER.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = r.getOrDefault(HEADER.get(i), "");
                }
                csv.writeRecord(values);
            }
        }
        return file;
    }
}
