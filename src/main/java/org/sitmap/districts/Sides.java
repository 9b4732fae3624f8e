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

    /**
     * The side administering a first-level division as sources spell it (GeoNames, ACLED admin1,
     * UCDP adm_1): Jammu and Kashmir and Ladakh are India's; Azad (Jammu and) Kashmir and
     * Gilgit-Baltistan are Pakistan's. Punjab exists on both sides, so it (like anything else)
     * gives "".
     */
    public static String ofAdmin1(String admin1) {
        String t = admin1 == null ? "" : java.text.Normalizer.normalize(admin1, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT).replace("&", " and ")
                .replaceAll("[^a-z]+", " ").replaceAll("\\b(state|province|union territory|ut)\\b", "").strip()
                .replaceAll(" +", " ");
        return switch (t) {
            case "jammu and kashmir", "ladakh" -> INDIA;
            case "azad kashmir", "azad jammu and kashmir", "ajk", "gilgit baltistan", "northern areas" -> PAKISTAN;
            default -> "";
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
