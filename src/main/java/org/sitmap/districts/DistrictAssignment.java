package org.sitmap.districts;

import java.util.List;

/**
 * Which district each incident of a table belongs to, and how that was decided: by the
 * incident's own district attribute (normalised through the alias table), by its position in the
 * district layer, or not at all — with the reason. {@link #districts()} lists the layer's
 * districts first, then districts that incidents name but the layer has no polygon for. Built by
 * {@link DistrictAssigner}; immutable after construction; thread-safe.
 */
public final class DistrictAssignment {

    /** How a row was assigned. */
    public enum Method { ATTRIBUTE, POSITION, UNASSIGNED }

    static final byte BY_ATTRIBUTE = 0;
    static final byte BY_POSITION = 1;
    static final byte NO_NAME_OUTSIDE = 2;
    static final byte NAME_BOTH_SIDES_OFF_LAND = 3;

    private final DistrictLayer layer;
    private final List<District> districts;
    private final int[] districtOfRow;
    private final byte[] how;
    private final int[] unassignedRows;

    DistrictAssignment(DistrictLayer layer, List<District> districts, int[] districtOfRow, byte[] how) {
        this.layer = layer;
        this.districts = List.copyOf(districts);
        this.districtOfRow = districtOfRow;
        this.how = how;
        int n = 0;
        for (int d : districtOfRow) {
            if (d < 0) {
                n++;
            }
        }
        unassignedRows = new int[n];
        int k = 0;
        for (int i = 0; i < districtOfRow.length; i++) {
            if (districtOfRow[i] < 0) {
                unassignedRows[k++] = i;
            }
        }
    }

    public DistrictLayer layer() {
        return layer;
    }

    public List<District> districts() {
        return districts;
    }

    /** The district index of a table row, or -1 when unassigned. */
    public int district(int row) {
        return districtOfRow[row];
    }

    public Method method(int row) {
        return switch (how[row]) {
            case BY_ATTRIBUTE -> Method.ATTRIBUTE;
            case BY_POSITION -> Method.POSITION;
            default -> Method.UNASSIGNED;
        };
    }

    /** Why a row is unassigned, in words; "" for an assigned row. */
    public String reason(int row) {
        return switch (how[row]) {
            case NO_NAME_OUTSIDE -> "no district named, and the position is outside every district of the layer";
            case NAME_BOTH_SIDES_OFF_LAND -> "the district name exists on both sides, and neither the first-level "
                    + "division nor the position says which";
            default -> "";
        };
    }

    /** Rows with no district, in table order (a copy). */
    public int[] unassignedRows() {
        return unassignedRows.clone();
    }

    public int unassignedCount() {
        return unassignedRows.length;
    }

    public int size() {
        return districtOfRow.length;
    }

    /** How many rows were assigned by {@code m}. */
    public int count(Method m) {
        int n = 0;
        for (int i = 0; i < how.length; i++) {
            if (method(i) == m) {
                n++;
            }
        }
        return n;
    }
}
