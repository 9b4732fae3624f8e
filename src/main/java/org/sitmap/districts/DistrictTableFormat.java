package org.sitmap.districts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one formatter of the district table, shared by the app's table, its clipboard copy, the CLI
 * and (later) printed briefings: the column headers, each row as display strings, the plain-text
 * report and the CSV. Stateless.
 */
public final class DistrictTableFormat {

    public static final List<String> HEADERS = List.of("District", "Side", "Before", "After", "Before/day",
            "After/day", "Change", "Rate ratio", "95% CI", "Killed before", "Killed after", "Injured before",
            "Injured after", "Assessment", "Note");

    public static final List<String> CSV_HEADERS = List.of("district", "side", "before", "after", "before_per_day",
            "after_per_day", "change_pct", "rate_ratio", "ci95_low", "ci95_high", "killed_before", "killed_after",
            "injured_before", "injured_after", "assessment", "note", "before_window", "after_window");

    public static final String NO_POLYGON = "named by incidents; no polygon in the layer";

    private DistrictTableFormat() {
    }

    /** Headers and one list of display strings per row (districts, then the total); what tables and PDFs print. */
    public static List<List<String>> displayRows(DistrictTable t) {
        List<List<String>> out = new ArrayList<>();
        for (DistrictRow r : t.rows()) {
            out.add(cells(r.district().name(), r.district().sideName(), r.counts(),
                    r.district().hasPolygon() ? "" : NO_POLYGON));
        }
        out.add(cells("All districts", "", t.total(), ""));
        return out;
    }

    /** One district row's display strings, in {@link #HEADERS} order. */
    public static List<String> cells(DistrictRow r) {
        return cells(r.district().name(), r.district().sideName(), r.counts(), r.district().hasPolygon() ? "" : NO_POLYGON);
    }

    /** The total row's display strings. */
    public static List<String> totalCells(DistrictTable t) {
        return cells("All districts", "", t.total(), "");
    }

    private static List<String> cells(String name, String side, Counts c, String note) {
        return List.of(name, side, count(c.before()), count(c.after()), rate(c.beforePerDay()), rate(c.afterPerDay()),
                change(c.changePercent()), ratio(c.rateRatio().estimate()), interval(c.rateRatio()),
                count(c.killedBefore()), count(c.killedAfter()), count(c.injuredBefore()), count(c.injuredAfter()),
                c.verdict().label(), note);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String rate(double perDay) {
        return Double.isNaN(perDay) ? "—" : String.format(Locale.ROOT, "%.2f", perDay);
    }

    public static String change(double pct) {
        if (Double.isNaN(pct)) {
            return "—";
        }
        if (Double.isInfinite(pct)) {
            return "new";
        }
        return String.format(Locale.ROOT, "%+.0f%%", pct).replace('-', '−');
    }

    public static String ratio(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return "∞";
        }
        if (v > 0 && v < 0.1) {
            // two significant digits, so small ratios stay distinguishable from zero
            return new java.math.BigDecimal(v).round(new java.math.MathContext(2)).toPlainString();
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }

    public static String interval(RateRatio rr) {
        return rr.defined() ? ratio(rr.lower()) + "–" + ratio(rr.upper()) : "—";
    }

    /** The report the CLI prints: windows, the table, the total, what was left out, and the LoC bands. */
    public static String text(DistrictTable t) {
        StringBuilder sb = new StringBuilder();
        sb.append("Districts: ").append(t.layerTitle()).append('\n');
        if (!t.layerNote().isEmpty()) {
            sb.append("  ").append(t.layerNote()).append('\n');
        }
        sb.append("Before: ").append(t.windows().describe(t.windows().before())).append('\n');
        sb.append("After:  ").append(t.windows().describe(t.windows().after())).append('\n');
        sb.append("Rate ratio = after/before events per day; 95% CI exact (conditional binomial, Clopper–Pearson).\n");
        sb.append("\"too few to say\": the CI includes 1 and both windows hold fewer than ")
                .append(Verdict.SMALL_N).append(" events.\n\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        rows.addAll(displayRows(t));
        appendAligned(sb, rows);
        sb.append('\n').append(String.format(Locale.ROOT, "Unassigned incidents: %,d before, %,d after%n",
                t.unassignedBefore(), t.unassignedAfter()));
        if (t.windows().adjacent()) {
            sb.append(String.format(Locale.ROOT, "Straddling the pivot (in neither window): %,d%n", t.ambiguous()));
        }
        if (!t.bands().isEmpty()) {
            sb.append("\nDistance to the Line of Control (WGS 84 geodesic):\n");
            List<List<String>> bands = new ArrayList<>();
            bands.add(List.of("Band", "Before", "After", "Before/day", "After/day", "Change", "Rate ratio", "95% CI",
                    "Assessment"));
            for (BandRow b : t.bands()) {
                Counts c = b.counts();
                bands.add(List.of(b.band().label(), count(c.before()), count(c.after()), rate(c.beforePerDay()),
                        rate(c.afterPerDay()), change(c.changePercent()), ratio(c.rateRatio().estimate()),
                        interval(c.rateRatio()), c.verdict().label()));
            }
            appendAligned(sb, bands);
        }
        return sb.toString();
    }

    private static void appendAligned(StringBuilder sb, List<List<String>> rows) {
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                String v = r.get(c);
                boolean left = c == 0 || c == 1 || c >= cols - 2 && cols == HEADERS.size() || c == cols - 1;
                String pad = " ".repeat(width[c] - v.length());
                line.append(left ? v + pad : pad + v).append(c + 1 < cols ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** The CSV: machine-readable numbers (full precision, "inf" for unbounded), one line per district and the total. */
    public static List<List<String>> csvRows(DistrictTable t) {
        String before = interval(t.windows().before().startMs(), t.windows().before().endMs());
        String after = interval(t.windows().after().startMs(), t.windows().after().endMs());
        List<List<String>> out = new ArrayList<>();
        out.add(CSV_HEADERS);
        for (DistrictRow r : t.rows()) {
            out.add(csv(r.district().name(), r.district().sideName(), r.counts(),
                    r.district().hasPolygon() ? "" : NO_POLYGON, before, after));
        }
        out.add(csv("All districts", "", t.total(), "", before, after));
        return out;
    }

    private static String interval(long from, long to) {
        return Instant.ofEpochMilli(from) + "/" + Instant.ofEpochMilli(to);
    }

    private static List<String> csv(String name, String side, Counts c, String note, String before, String after) {
        RateRatio rr = c.rateRatio();
        return List.of(name, side, Long.toString(c.before()), Long.toString(c.after()), num(c.beforePerDay()),
                num(c.afterPerDay()), num(c.changePercent()), num(rr.estimate()), num(rr.lower()), num(rr.upper()),
                Long.toString(c.killedBefore()), Long.toString(c.killedAfter()), Long.toString(c.injuredBefore()),
                Long.toString(c.injuredAfter()), c.verdict().label(), note, before, after);
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** RFC 4180 text of rows (quotes where needed, CRLF line ends). */
    public static String toCsv(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            for (int c = 0; c < r.size(); c++) {
                String v = r.get(c);
                boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n");
                sb.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v).append(c + 1 < r.size() ? "," : "\r\n");
            }
        }
        return sb.toString();
    }

    /** Tab-separated display text (headers, districts, total) for the clipboard. */
    public static String tabSeparated(DistrictTable t) {
        StringBuilder sb = new StringBuilder(String.join("\t", HEADERS)).append('\n');
        for (List<String> r : displayRows(t)) {
            sb.append(String.join("\t", r)).append('\n');
        }
        return sb.toString();
    }
}
