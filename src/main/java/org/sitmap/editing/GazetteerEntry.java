package org.sitmap.editing;

/**
 * One thing the gazetteer can find: a basemap place (GeoNames town), a district zone, or a
 * well-known LoC sector name that the basemap has no place for (then positioned at its district's
 * zone, and only to district precision). Coordinates are EPSG:4326 degrees; {@code side} is the
 * ISO2 of the administering country (IN, PK, …); {@code precisionCode} is the
 * {@link LocationPrecision} a position taken from this entry has. Immutable value.
 */
public record GazetteerEntry(String name, Kind kind, String side, String district, String admin1, double lon,
                             double lat, int precisionCode, int rank) {

    /** What the entry is. */
    public enum Kind {
        PLACE("town"), DISTRICT("district"), SECTOR("sector");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** E.g. "Uri — town in Baramulla (IN, Jammu and Kashmir)", "Mendhar — sector in Poonch (IN): district position". */
    public String describe() {
        StringBuilder sb = new StringBuilder(name).append(" — ").append(kind.word());
        if (kind != Kind.DISTRICT && district != null) {
            sb.append(" in ").append(district);
        }
        sb.append(" (").append(side == null ? "?" : side);
        if (admin1 != null && kind != Kind.SECTOR) {
            sb.append(", ").append(admin1);
        }
        sb.append(')');
        if (kind == Kind.SECTOR) {
            sb.append(": not a basemap place, district position");
        }
        return sb.toString();
    }
}
