package org.sitmap.io.incidents;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.sitmap.core.Incident;
import org.sitmap.core.IncidentBuilder;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.core.TimePrecision;

/**
 * Reads UCDP GED event CSVs, including HDX's variant whose second line is a row of {@code #hashtags}
 * (skipped; line numbers stay the file's own). Dates are UTC days: date_prec 1 is a DAY from
 * date_start; 2–5 are a RANGE from date_start 00:00 to date_end 23:59:59.999, and when date_end does
 * not widen it the codebook's meaning does (2: ±3 days, 3: the Monday–Sunday week, 4: the calendar
 * month, 5: the calendar year). UCDP has no incident type, so there is no unknown-type warning:
 * state-based violence (type_of_violence 1) between the governments of India and Pakistan is a
 * ceasefire_violation, everything else other; the kind of violence goes into the sub-type. best is
 * killedTotal (it includes deaths_unknown), deaths_civilians killedCivilian, and deaths_a + deaths_b
 * killedSecurity only when both sides are governments. Ids get a {@code UCDP:} prefix. Stateless and
 * thread-safe; each call streams the file on the caller's thread.
 */
public final class UcdpCsvReader implements IncidentReader {

    static final List<String> REQUIRED = List.of("id", "type_of_violence", "side_a", "side_b", "where_prec",
            "latitude", "longitude", "date_prec", "date_start", "date_end", "best");
    static final String ID_PREFIX = "UCDP:";

    private static final String[] VIOLENCE = {"state-based conflict", "non-state conflict", "one-sided violence"};
    private static final String INDIA = "Government of India";
    private static final String PAKISTAN = "Government of Pakistan";
    private static final String GOVERNMENT = "Government of";

    @Override
    public void read(Path file, IncidentSink sink, IssueSink issues, ProgressListener progress)
            throws ImportException {
        try (CsvRows rows = CsvRows.open(file)) {
            rows.require("UCDP GED", REQUIRED);
            Columns c = new Columns(rows);
            RowValidator v = new RowValidator(file, issues);
            ProgressMeter meter = new ProgressMeter(progress, rows.counter(), Files.size(file));
            RowTime time = new RowTime();
            boolean first = true;
            for (CsvRecord r = rows.next(); r != null; r = rows.next()) {
                if (first && isHashtagRow(r)) {
                    first = false;
                    continue;
                }
                first = false;
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

    /** HDX's HXL row: every field empty or a {@code #tag}, at least one tag. */
    static boolean isHashtagRow(CsvRecord r) {
        boolean tag = false;
        for (int i = 0; i < r.getFieldCount(); i++) {
            String f = r.getField(i).strip();
            if (f.startsWith("#")) {
                tag = true;
            } else if (!f.isEmpty()) {
                return false;
            }
        }
        return tag;
    }

    private static Incident readRow(CsvRecord r, Columns c, RowValidator v, RowTime time) {
        v.startRow(r.getStartingLineNumber());
        IncidentBuilder b = new IncidentBuilder();
        String id = CsvRows.field(r, c.id).strip();
        b.sourceEventId(id.isEmpty() ? null : ID_PREFIX + id);
        readTime(r, c, v, time);
        time.applyTo(b, v, "date_end");

        String sideA = CsvRows.field(r, c.sideA).strip();
        String sideB = CsvRows.field(r, c.sideB).strip();
        String violence = CsvRows.field(r, c.typeOfViolence).strip();
        boolean indiaPakistan = (INDIA.equals(sideA) && PAKISTAN.equals(sideB))
                || (PAKISTAN.equals(sideA) && INDIA.equals(sideB));
        b.type("1".equals(violence) && indiaPakistan ? IncidentType.CEASEFIRE_VIOLATION : IncidentType.OTHER);
        int violenceCode = CalendarDates.digits(violence, 0, violence.length());
        b.subType(violenceCode >= 1 && violenceCode <= 3 ? VIOLENCE[violenceCode - 1] : RowValidator.text(violence));
        b.actor(RowValidator.text(sideA))
                .admin1(RowValidator.text(CsvRows.field(r, c.adm1)))
                .district(RowValidator.text(CsvRows.field(r, c.adm2)))
                .location(RowValidator.text(CsvRows.field(r, c.whereCoordinates)))
                .notes(RowValidator.text(CsvRows.field(r, c.whereDescription)))
                .sourceNames(sources(CsvRows.field(r, c.sourceArticle), CsvRows.field(r, c.sourceOriginal)));
        Integer wherePrec = v.precisionCode("where_prec", CsvRows.field(r, c.wherePrec), 1, 7);
        if (wherePrec != null) {
            b.locationPrecisionScheme("UCDP").locationPrecisionCode(wherePrec);
        }
        Integer best = v.casualties("best", CsvRows.field(r, c.best));
        Integer civilians = v.casualties("deaths_civilians", CsvRows.field(r, c.deathsCivilians));
        Integer deathsA = v.casualties("deaths_a", CsvRows.field(r, c.deathsA));
        Integer deathsB = v.casualties("deaths_b", CsvRows.field(r, c.deathsB));
        v.casualties("deaths_unknown", CsvRows.field(r, c.deathsUnknown));
        b.killedTotal(best).killedCivilian(civilians);
        if (sideA.startsWith(GOVERNMENT) && sideB.startsWith(GOVERNMENT) && deathsA != null && deathsB != null) {
            b.killedSecurity(deathsA + deathsB);
        }
        Double lat = v.coordinate("latitude", CsvRows.field(r, c.lat));
        Double lon = v.coordinate("longitude", CsvRows.field(r, c.lon));
        if (v.point(lon, lat, "longitude", "latitude")) {
            b.lon(lon).lat(lat);
        }
        return v.finish(b, "id");
    }

    private static void readTime(CsvRecord r, Columns c, RowValidator v, RowTime time) {
        time.reset();
        LocalDate start = v.ucdpDay("date_start", CsvRows.field(r, c.dateStart));
        String endRaw = CsvRows.field(r, c.dateEnd);
        LocalDate end = RowValidator.isBlank(endRaw) ? start : v.ucdpDay("date_end", endRaw);
        String precRaw = CsvRows.field(r, c.datePrec).strip();
        int prec = precRaw.isEmpty() ? 1 : CalendarDates.digits(precRaw, 0, precRaw.length());
        if (prec < 1 || prec > 5) {
            v.warning("date_prec", "unknown date_prec '" + precRaw + "' (expected 1-5); date_start to date_end used");
            prec = 1;
        }
        if (start == null || end == null) {
            return;
        }
        LocalDate first = start;
        LocalDate last = end;
        if (prec > 1 && start.equals(end)) {
            if (prec == 2) {
                first = start.minusDays(3);
                last = start.plusDays(3);
            } else if (prec == 3) {
                first = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                last = first.plusDays(6);
            } else if (prec == 4) {
                first = start.withDayOfMonth(1);
                last = start.with(TemporalAdjusters.lastDayOfMonth());
            } else {
                first = start.withDayOfYear(1);
                last = start.with(TemporalAdjusters.lastDayOfYear());
            }
        }
        ZoneOffset utc = ZoneOffset.UTC;
        TimePrecision precision = prec == 1 && first.equals(last) ? TimePrecision.DAY : TimePrecision.RANGE;
        time.set(CalendarDates.startOfDay(first, utc), CalendarDates.endOfDay(last, utc), precision, ReportZone.UTC);
    }

    private static String sources(String article, String original) {
        String a = article.strip();
        String o = original.strip();
        if (a.isEmpty()) {
            return o.isEmpty() ? null : o;
        }
        return o.isEmpty() ? a : a + " | " + o;
    }

    /** Column indexes of one file (-1 when absent). */
    private static final class Columns {
        final int id;
        final int typeOfViolence;
        final int sideA;
        final int sideB;
        final int wherePrec;
        final int whereCoordinates;
        final int whereDescription;
        final int adm1;
        final int adm2;
        final int lat;
        final int lon;
        final int datePrec;
        final int dateStart;
        final int dateEnd;
        final int best;
        final int deathsA;
        final int deathsB;
        final int deathsCivilians;
        final int deathsUnknown;
        final int sourceArticle;
        final int sourceOriginal;

        Columns(CsvRows rows) {
            id = rows.column("id");
            typeOfViolence = rows.column("type_of_violence");
            sideA = rows.column("side_a");
            sideB = rows.column("side_b");
            wherePrec = rows.column("where_prec");
            whereCoordinates = rows.column("where_coordinates");
            whereDescription = rows.column("where_description");
            adm1 = rows.column("adm_1");
            adm2 = rows.column("adm_2");
            lat = rows.column("latitude");
            lon = rows.column("longitude");
            datePrec = rows.column("date_prec");
            dateStart = rows.column("date_start");
            dateEnd = rows.column("date_end");
            best = rows.column("best");
            deathsA = rows.column("deaths_a");
            deathsB = rows.column("deaths_b");
            deathsCivilians = rows.column("deaths_civilians");
            deathsUnknown = rows.column("deaths_unknown");
            sourceArticle = rows.column("source_article");
            sourceOriginal = rows.column("source_original");
        }
    }
}
