package org.sitmap.briefing.districts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitmap.briefing.export.BriefingTable;
import org.sitmap.districts.DistrictOrder;
import org.sitmap.districts.DistrictRow;
import org.sitmap.districts.DistrictTable;
import org.sitmap.districts.DistrictTableFormat;
import org.sitmap.districts.DistrictViewChoice;

/**
 * The district table as a briefing page prints it: the columns that fit beside the map (taken by
 * name from {@link DistrictTableFormat#HEADERS}, cells from its display rows, so page, screen and
 * CLI agree; the side is a code after the name, "Poonch (PK)", and the assessment carries the rate
 * ratio's 95% interval), the districts in the saved
 * choice's order, the first {@code maxRows} of them, a "… N more" line for the rest, and the
 * all-districts total last. Stateless.
 */
public final class DistrictTables {

    /** The printed columns, a subset of {@link DistrictTableFormat#HEADERS}. */
    public static final List<String> COLUMNS = List.of("District", "Before", "After", "Change", "Assessment");

    /** Districts printed at most; the page column holds this many with the total. */
    public static final int MAX_ROWS = 12;

    private static final int[] INDEX = COLUMNS.stream().mapToInt(DistrictTableFormat.HEADERS::indexOf).toArray();

    private DistrictTables() {
    }

    public static BriefingTable of(DistrictTable t, DistrictViewChoice choice, int maxRows) {
        List<DistrictRow> sorted = DistrictOrder.sorted(t, choice);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(maxRows, sorted.size()); i++) {
            DistrictRow r = sorted.get(i);
            List<String> cells = pick(DistrictTableFormat.cells(r));
            cells.set(0, r.district().name() + (r.district().side().isEmpty() ? "" : " (" + r.district().side() + ")"));
            rows.add(cells);
        }
        if (sorted.size() > maxRows) {
            List<String> more = new ArrayList<>();
            more.add(String.format(Locale.ENGLISH, "… %d more", sorted.size() - maxRows));
            while (more.size() < COLUMNS.size()) {
                more.add("");
            }
            rows.add(more);
        }
        rows.add(pick(DistrictTableFormat.totalCells(t)));
        return new BriefingTable(title(t, choice), COLUMNS, rows);
    }

    /** "Districts, before vs after · by Change, highest first". */
    static String title(DistrictTable t, DistrictViewChoice choice) {
        boolean text = choice.sortIndex() <= 1 || choice.sortIndex() == 13 || choice.sortIndex() == 14;
        String order = text ? (choice.ascending() ? "A to Z" : "Z to A")
                : (choice.ascending() ? "lowest first" : "highest first");
        return "Districts, before vs after · by " + choice.sortColumn() + ", " + order;
    }

    private static List<String> pick(List<String> cells) {
        List<String> out = new ArrayList<>(INDEX.length);
        for (int i : INDEX) {
            out.add(cells.get(i));
        }
        return out;
    }
}
