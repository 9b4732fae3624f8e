package org.sitmap.districts.io;

/**
 * One line of the name-matching report for loaded boundaries: the feature's file and name as
 * written, the side whose administered land it was clipped to, the canonical name it became,
 * the alias used ("" when the spelling was already canonical), the status, and the share of its
 * area that was kept. Immutable value.
 */
public record NameMatch(String file, String sourceName, String side, String canonicalName, String aliasUsed,
                        Status status, double keptFraction) {

    /** What became of the feature. */
    public enum Status {
        MATCHED("matched a known district"),
        NEW("no known district by this name (kept)"),
        DROPPED_CLAIM("dropped: lies in the other side's administered area (a claim)"),
        DUPLICATE("dropped: same district already loaded from another file");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
