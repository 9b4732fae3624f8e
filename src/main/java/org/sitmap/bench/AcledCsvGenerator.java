package org.sitmap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a large ACLED-style CSV (current column names, both date forms) for the import
 * benchmark: points near the LoC, types from ACLED's codebook, unique event ids. Seeded, so runs
 * are comparable. Stateless apart from the Random it creates per call.
 */
public final class AcledCsvGenerator {

    static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities";
    private static final String[][] SUB_EVENTS = {
        {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
        {"Explosions/Remote violence", "Air/drone strike"},
        {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
        {"Battles", "Armed clash"},
        {"Violence against civilians", "Attack"},
    };
    private static final String[] DISTRICTS = {"Kupwara", "Baramulla", "Poonch", "Rajouri", "Jammu", "Kotli", "Bhimber"};

    private AcledCsvGenerator() {
    }

    public static void write(Path out, int rows, long seed) throws IOException {
        Random rnd = new Random(seed);
        LocalDate first = LocalDate.of(2025, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (int i = 1; i <= rows; i++) {
                sb.setLength(0);
                LocalDate day = first.plusDays(rnd.nextInt(243));
                boolean india = rnd.nextBoolean();
                String[] ev = SUB_EVENTS[rnd.nextInt(SUB_EVENTS.length)];
                double lat = 32.6 + rnd.nextDouble() * 2.2;
                double lon = 73.8 + rnd.nextDouble() * 1.2;
                sb.append(india ? "IND" : "PAK").append(i).append(',')
                        .append(i % 2 == 0 ? day.toString() : acledLongDate(day)).append(',')
                        .append(day.getYear()).append(",1,Political violence,").append(ev[0]).append(',').append(ev[1])
                        .append(',').append(india ? "Military Forces of Pakistan" : "Military Forces of India")
                        .append(',').append(india ? "India" : "Pakistan").append(',')
                        .append(india ? "Jammu and Kashmir" : "Azad Kashmir").append(',')
                        .append(DISTRICTS[rnd.nextInt(DISTRICTS.length)]).append(",Sector ").append(rnd.nextInt(50))
                        .append(',').append(String.format(java.util.Locale.ROOT, "%.5f", lat)).append(',')
                        .append(String.format(java.util.Locale.ROOT, "%.5f", lon)).append(',')
                        .append(1 + rnd.nextInt(3)).append(",Benchmark source,Generated benchmark row ").append(i)
                        .append(',').append(rnd.nextInt(10) == 0 ? 1 : 0).append('\n');
                w.write(sb.toString());
            }
        }
    }

    private static String acledLongDate(LocalDate d) {
        return String.format(java.util.Locale.ROOT, "%02d %s %d", d.getDayOfMonth(),
                d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH), d.getYear());
    }
}
