package org.sitmap.timeline;

import org.sitmap.core.ReferenceDate;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.sitmap.core.IncidentType;
import org.sitmap.core.ReportZone;
import org.sitmap.incidents.FilterCriteria;
import org.sitmap.incidents.IncidentTable;

/**
 * Everything that decides which incidents the map shows, in one immutable value that a briefing
 * can save and restore: the time window (and the compare window in compare mode), the pivot and
 * the zone days are counted in, and the non-time filters — hidden types, reporting sides and
 * districts (empty = all), minimum casualties, hidden Admiralty grades, the coarsest location
 * precision, and free text over location and notes. "with…" methods return changed copies.
 */
public record ViewState(TimeWindow window, TimeWindow compareWindow, boolean compare, String pivotId,
                        ReportZone dayZone, Set<IncidentType> hiddenTypes, Set<String> sides, Set<String> districts,
                        int minCasualties, Set<Character> hiddenReliability, Set<Integer> hiddenCredibility,
                        int maxLocationPrecision, String text) {

    public ViewState {
        hiddenTypes = Set.copyOf(hiddenTypes);
        sides = Set.copyOf(sides);
        districts = Set.copyOf(districts);
        hiddenReliability = Set.copyOf(hiddenReliability);
        hiddenCredibility = Set.copyOf(hiddenCredibility);
        text = text == null ? "" : text.strip();
        if (minCasualties < 0) {
            throw new IllegalArgumentException("minimum casualties must be ≥ 0, got " + minCasualties);
        }
    }

    public static ViewState initial(TimeWindow window) {
        return new ViewState(window, window, false, ReferenceDate.CEASEFIRE_2025, ReportZone.IST, Set.of(), Set.of(),
                Set.of(), 0, Set.of(), Set.of(), 0, "");
    }

    public ViewState withWindow(TimeWindow w) {
        return new ViewState(w, compareWindow, compare, pivotId, dayZone, hiddenTypes, sides, districts, minCasualties,
                hiddenReliability, hiddenCredibility, maxLocationPrecision, text);
    }

    public ViewState withCompareWindow(TimeWindow w) {
        return new ViewState(window, w, compare, pivotId, dayZone, hiddenTypes, sides, districts, minCasualties,
                hiddenReliability, hiddenCredibility, maxLocationPrecision, text);
    }

    public ViewState withCompare(boolean on) {
        return new ViewState(window, compareWindow, on, pivotId, dayZone, hiddenTypes, sides, districts, minCasualties,
                hiddenReliability, hiddenCredibility, maxLocationPrecision, text);
    }

    public ViewState withPivot(String id) {
        return new ViewState(window, compareWindow, compare, id, dayZone, hiddenTypes, sides, districts, minCasualties,
                hiddenReliability, hiddenCredibility, maxLocationPrecision, text);
    }

    public ViewState withDayZone(ReportZone z) {
        return new ViewState(window, compareWindow, compare, pivotId, z, hiddenTypes, sides, districts, minCasualties,
                hiddenReliability, hiddenCredibility, maxLocationPrecision, text);
    }

    public ViewState withHiddenTypes(Set<IncidentType> hidden) {
        return new ViewState(window, compareWindow, compare, pivotId, dayZone, hidden, sides, districts, minCasualties,
                hiddenReliability, hiddenCredibility, maxLocationPrecision, text);
    }

    public ViewState withFilters(Set<String> newSides, Set<String> newDistricts, int newMinCasualties,
                                 Set<Character> newHiddenReliability, Set<Integer> newHiddenCredibility,
                                 int newMaxPrecision, String newText) {
        return new ViewState(window, compareWindow, compare, pivotId, dayZone, hiddenTypes, newSides, newDistricts,
                newMinCasualties, newHiddenReliability, newHiddenCredibility, newMaxPrecision, newText);
    }

    /**
     * Compiles the non-time filters for one table. {@code textMask} is the rows whose location or
     * notes match {@link #text()} (resolved in the file off-thread), or null when there is no text.
     */
    public FilterCriteria criteria(IncidentTable table, BitSet textMask) {
        boolean[] typeOk = new boolean[IncidentType.values().length];
        for (IncidentType t : IncidentType.values()) {
            typeOk[t.ordinal()] = !hiddenTypes.contains(t);
        }
        boolean[] reliabilityOk = new boolean[7];
        reliabilityOk[0] = true;
        for (char c = 'A'; c <= 'F'; c++) {
            reliabilityOk[c - 'A' + 1] = !hiddenReliability.contains(c);
        }
        boolean[] credibilityOk = new boolean[7];
        credibilityOk[0] = true;
        for (int c = 1; c <= 6; c++) {
            credibilityOk[c] = !hiddenCredibility.contains(c);
        }
        return new FilterCriteria(typeOk, accept(table.sides(), sides), accept(table.districts(), districts),
                accept(table.actors(), Set.of()), reliabilityOk, credibilityOk, minCasualties, maxLocationPrecision,
                text.isEmpty() ? null : textMask);
    }

    private static boolean[] accept(List<String> dictionary, Set<String> chosen) {
        boolean[] ok = new boolean[dictionary.size()];
        for (int k = 0; k < ok.length; k++) {
            ok[k] = chosen.isEmpty() || chosen.contains(dictionary.get(k));
        }
        return ok;
    }

    /** Whether {@code other} filters the same incidents apart from time (every non-time filter equal). */
    public boolean sameFilters(ViewState other) {
        return other != null && hiddenTypes.equals(other.hiddenTypes) && sides.equals(other.sides)
                && districts.equals(other.districts) && minCasualties == other.minCasualties
                && hiddenReliability.equals(other.hiddenReliability)
                && hiddenCredibility.equals(other.hiddenCredibility)
                && maxLocationPrecision == other.maxLocationPrecision && text.equals(other.text);
    }
}
