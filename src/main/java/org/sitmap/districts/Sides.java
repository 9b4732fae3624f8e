package org.sitmap.districts;

/** The two administering sides of the LoC as short codes and display names. Stateless. */
public final class Sides {
    public static final String INDIA = "IN";
    public static final String PAKISTAN = "PK";

    private Sides() {
    }

    public static String name(String side) {
        return switch (side == null ? "" : side) {
            case INDIA -> "India";
            case PAKISTAN -> "Pakistan";
            default -> "—";
        };
    }

    /** "India" / "Pakistan" (any case) or "IN" / "PK" back to the code; anything else to "". */
    public static String code(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "in", "india" -> INDIA;
            case "pk", "pakistan" -> PAKISTAN;
            default -> "";
        };
    }
}
