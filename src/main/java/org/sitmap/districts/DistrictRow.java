package org.sitmap.districts;

/** One district's line of the table: the district, its index in the assignment, its counts. Immutable. */
public record DistrictRow(int index, District district, Counts counts) {
}
