package org.sitmap.io.incidents;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;

/**
 * Reads ACLED CSV exports (current column names; only event_id_cnty, event_date, event_type,
 * sub_event_type, latitude and longitude are required). event_date is a local calendar day, in
 * either form ACLED has used ({@code 2025-05-07}, {@code 07 May 2025}); it runs from 00:00 to
 * 23:59:59.999 in IST when country is India, PKT when Pakistan, UTC otherwise, and time_precision
 * 2 (week) widens it by 3 days either side, 3 (month) to the calendar month. Types come from
 * {@link AcledTypeMapping}; the sub-event type is kept as the incident's sub-type. The extra columns
 * {@link AcledCsvWriter} adds (sitmap_type, start_utc, ... named in {@link #EXTRA_COLUMNS}) are
 * authoritative when present, which makes our exports round-trip losslessly. Stateless and
 * thread-safe; each call streams the file on the caller's thread.
 */
public final class AcledCsvReader implements IncidentReader {

    static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
            "latitude", "longitude");

    /** Our field name to the extra column that carries it. */
    static final Map<String, String> EXTRA_COLUMNS = extraColumns();

    private static final String DATE = "event_date";

    private static Map<String, String> extraColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(SitmapFields.TYPE, "sitmap_type");
        m.put("sub_type", "sub_type");
        m.put(SitmapFields.START_UTC, SitmapFields.START_UTC);
        m.put(SitmapFields.END_UTC, SitmapFields.END_UTC);
        m.put(SitmapFields.REPORT_ZONE, SitmapFields.REPORT_ZONE);
        m.put(SitmapFields.TIME_PRECISION, "time_precision_sitmap");
        for (String name : List.of("injured_total", "killed_civilian", "killed_security", "injured_civilian",
                "injured_security", "source_urls", "reliability", "credibility", "location_precision_scheme",
                "location_precision_code", "reporting_side")) {
            m.put(name, name);
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public void read(Path file, IncidentSink sink, IssueSink issues, ProgressListener progress)
            throws ImportException {
        try (CsvRows rows = CsvRows.open(file)) {
            rows.require("ACLED", REQUIRED);
            Columns c = new Columns(rows);
            RowValidator v = new RowValidator(file, issues);
            ProgressMeter meter = new ProgressMeter(progress, rows.counter(), Files.size(file));
            RowTime time = new RowTime();
            for (CsvRecord r = rows.next(); r != null; r = rows.next()) {
                c.extras.record = r;
                Incident incident = readRow(r, c, v, time);
                if (incident != null) {
                    sink.accept(v.line(), incident);
                }
                meter.row();
            }
            meter.done();
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e, e);
        }
    }

    private static Incident readRow(CsvRecord r, Columns c, RowValidator v, RowTime time) {
        v.startRow(r.getStartingLineNumber());
        IncidentBuilder b = new IncidentBuilder();
        String id = CsvRows.field(r, c.id).strip();
        b.sourceEventId(id.isEmpty() ? null : id);
        String country = RowValidator.text(CsvRows.field(r, c.country).strip());
        time.reset();
        time.zone = zoneOf(country);
        if (RowValidator.isBlank(c.extras.get(SitmapFields.START_UTC))) {
            LocalDate day = v.acledDay(DATE, CsvRows.field(r, c.date));
            if (day != null) {
                acledWindow(day, CsvRows.field(r, c.timePrecision), time, v);
            }
        }
        if (c.extras.any()) {
            SitmapFields.applyTimes(c.extras, time, v);
        }
        time.applyTo(b, v, c.extras.label(SitmapFields.END_UTC));

        String subEvent = RowValidator.text(CsvRows.field(r, c.subEvent));
        String notes = RowValidator.text(CsvRows.field(r, c.notes));
        String sitmapType = c.extras.get(SitmapFields.TYPE);
        if (!RowValidator.isBlank(sitmapType)) {
            b.type(v.type("sitmap_type", sitmapType));
        } else {
            IncidentType type = AcledTypeMapping.map(subEvent, notes);
            if (type == null) {
                v.warning("sub_event_type", subEvent == null ? "missing sub-event type; recorded as 'other'"
                        : "unknown ACLED sub-event type '" + subEvent + "'; recorded as 'other'");
                type = IncidentType.OTHER;
            }
            b.type(type);
        }
        b.subType(subEvent).actor(RowValidator.text(CsvRows.field(r, c.actor))).reportingSide(country)
                .admin1(RowValidator.text(CsvRows.field(r, c.admin1)))
                .district(RowValidator.text(CsvRows.field(r, c.admin2)))
                .location(RowValidator.text(CsvRows.field(r, c.location)))
                .sourceNames(RowValidator.text(CsvRows.field(r, c.source))).notes(notes)
                .killedTotal(v.casualties("fatalities", CsvRows.field(r, c.fatalities)));
        Integer geoPrecision = v.precisionCode("geo_precision", CsvRows.field(r, c.geoPrecision), 1, 3);
        if (geoPrecision != null) {
            b.locationPrecisionScheme("ACLED").locationPrecisionCode(geoPrecision);
        }
        Double lat = v.coordinate("latitude", CsvRows.field(r, c.lat));
        Double lon = v.coordinate("longitude", CsvRows.field(r, c.lon));
        if (c.extras.any()) {
            SitmapFields.applyFields(c.extras, b, v);
        }
        if (v.point(lon, lat, "longitude", "latitude")) {
            b.lon(lon).lat(lat);
        }
        return v.finish(b, "event_id_cnty");
    }

    /** IST for India, PKT for Pakistan, UTC otherwise. */
    static ReportZone zoneOf(String country) {
        if ("India".equalsIgnoreCase(country)) {
            return ReportZone.IST;
        }
        return "Pakistan".equalsIgnoreCase(country) ? ReportZone.PKT : ReportZone.UTC;
    }

    private static void acledWindow(LocalDate day, String precisionRaw, RowTime time, RowValidator v) {
        ZoneOffset offset = time.zone.offset();
        String code = precisionRaw.strip();
        LocalDate first = day;
        LocalDate last = day;
        TimePrecision precision = TimePrecision.RANGE;
        if ("2".equals(code)) {
            first = day.minusDays(3);
            last = day.plusDays(3);
        } else if ("3".equals(code)) {
            first = day.withDayOfMonth(1);
            last = day.with(TemporalAdjusters.lastDayOfMonth());
        } else {
            if (!code.isEmpty() && !"1".equals(code)) {
                v.warning("time_precision", "unknown time_precision '" + precisionRaw
                        + "' (expected 1, 2 or 3); read as 1 (day)");
            }
            precision = TimePrecision.DAY;
        }
        time.set(CalendarDates.startOfDay(first, offset), CalendarDates.endOfDay(last, offset), precision,
                time.zone);
    }

    /** Column indexes of one file (-1 when absent) and the source of its extra columns. */
    private static final class Columns {
        final int id;
        final int date;
        final int timePrecision;
        final int subEvent;
        final int actor;
        final int country;
        final int admin1;
        final int admin2;
        final int location;
        final int lat;
        final int lon;
        final int geoPrecision;
        final int source;
        final int notes;
        final int fatalities;
        final ExtraColumns extras;

        Columns(CsvRows rows) {
            id = rows.column("event_id_cnty");
            date = rows.column(DATE);
            timePrecision = rows.column("time_precision");
            subEvent = rows.column("sub_event_type");
            actor = rows.column("actor1");
            country = rows.column("country");
            admin1 = rows.column("admin1");
            admin2 = rows.column("admin2");
            location = rows.column("location");
            lat = rows.column("latitude");
            lon = rows.column("longitude");
            geoPrecision = rows.column("geo_precision");
            source = rows.column("source");
            notes = rows.column("notes");
            fatalities = rows.column("fatalities");
            extras = new ExtraColumns(rows);
        }
    }

    /** Our round-trip columns of the current record, as a {@link SitmapFields.Source}. */
    private static final class ExtraColumns implements SitmapFields.Source {
        private final Map<String, Integer> indexes = new LinkedHashMap<>();
        CsvRecord record;

        ExtraColumns(CsvRows rows) {
            EXTRA_COLUMNS.forEach((field, column) -> {
                int index = rows.column(column);
                if (index >= 0) {
                    indexes.put(field, index);
                }
            });
        }

        /** Whether the file has any of our extra columns (plain ACLED files have none). */
        boolean any() {
            return !indexes.isEmpty();
        }

        @Override
        public String get(String name) {
            Integer index = indexes.get(name);
            return index == null ? null : CsvRows.field(record, index);
        }

        @Override
        public String label(String name) {
            return EXTRA_COLUMNS.getOrDefault(name, name);
        }
    }
}
