package org.sitmap.io.incidents;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.core.Incident;
import org.sitmap.core.TimePrecision;

/**
 * Exports incidents as an ACLED-like UTF-8 CSV that ACLED tooling can read (event_id_cnty,
 * event_date as {@code yyyy-MM-dd} in the report zone, time_precision, event_type, sub_event_type,
 * actor1, country, admin1, admin2, location, latitude, longitude, geo_precision, source, notes,
 * fatalities), followed by the extra columns {@link AcledCsvReader} treats as authoritative
 * (sitmap_type, sub_type, start_utc, ..., reporting_side), so that export and import are lossless.
 * ACLED's time_precision is 1 for point and day incidents, 2 for ranges up to a week (event_date is
 * then the middle day) and 3 for longer ones (event_date is the first day); the sub-event is the
 * incident's sub-type when that is an ACLED codebook sub-event, else the one
 * {@link AcledTypeMapping#subEventFor} gives for its type; country is the reporting side. Empty
 * strings cannot be told from nulls in CSV and are read back as null. Stateless and thread-safe.
 */
public final class AcledCsvWriter implements IncidentWriter {

    static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "country", "admin1", "admin2", "location", "latitude", "longitude",
            "geo_precision", "source", "notes", "fatalities");

    private static final long WEEK_SECONDS = Duration.ofDays(7).getSeconds();

    @Override
    public void write(Iterable<Incident> incidents, Path out) throws IOException {
        List<String> header = new ArrayList<>(ACLED_COLUMNS);
        List<String> extras = new ArrayList<>(AcledCsvReader.EXTRA_COLUMNS.keySet());
        extras.forEach(field -> header.add(AcledCsvReader.EXTRA_COLUMNS.get(field)));
        AtomicFile.write(out, stream -> {
            Writer text = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            try (CsvWriter csv = CsvWriter.builder().build(text)) {
                csv.writeRecord(header);
                String[] row = new String[header.size()];
                for (Incident i : incidents) {
                    int n = acledColumns(i, row);
                    for (String field : extras) {
                        row[n++] = orEmpty(SitmapFields.text(i, field));
                    }
                    csv.writeRecord(row);
                }
            }
        });
    }

    private static int acledColumns(Incident i, String[] row) {
        String subEvent = AcledTypeMapping.canonicalSubEvent(i.subType());
        if (subEvent == null) {
            subEvent = AcledTypeMapping.subEventFor(i.type());
        }
        int n = 0;
        row[n++] = orEmpty(i.sourceEventId());
        int acledPrecision = acledPrecision(i);
        row[n++] = eventDate(i, acledPrecision).toString();
        row[n++] = Integer.toString(acledPrecision);
        row[n++] = AcledTypeMapping.eventTypeOf(subEvent);
        row[n++] = subEvent;
        row[n++] = orEmpty(i.actor());
        row[n++] = orEmpty(i.reportingSide());
        row[n++] = orEmpty(i.admin1());
        row[n++] = orEmpty(i.district());
        row[n++] = orEmpty(i.location());
        row[n++] = Double.isNaN(i.lat()) ? "" : Double.toString(i.lat());
        row[n++] = Double.isNaN(i.lon()) ? "" : Double.toString(i.lon());
        row[n++] = "ACLED".equals(i.locationPrecisionScheme()) && i.locationPrecisionCode() != null
                ? i.locationPrecisionCode().toString() : "";
        row[n++] = orEmpty(i.sourceNames());
        row[n++] = orEmpty(i.notes());
        row[n++] = i.killedTotal() == null ? "" : i.killedTotal().toString();
        return n;
    }

    private static int acledPrecision(Incident i) {
        if (i.timePrecision() != TimePrecision.RANGE) {
            return 1;
        }
        return Duration.between(i.startUtc(), i.endUtc()).getSeconds() <= WEEK_SECONDS ? 2 : 3;
    }

    private static LocalDate eventDate(Incident i, int acledPrecision) {
        Instant at = i.startUtc();
        if (acledPrecision == 2) {
            at = at.plus(Duration.between(i.startUtc(), i.endUtc()).dividedBy(2));
        }
        return LocalDate.ofInstant(at, i.reportZone().zone());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
