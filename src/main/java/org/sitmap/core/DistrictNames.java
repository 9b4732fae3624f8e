package org.sitmap.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises district names from different sources (GeoNames, datameet, datta07, Natural Earth)
 * to one comparable key: diacritics folded, lower case, a trailing "district" removed, punctuation
 * turned into single spaces, then known spelling variants mapped to one canonical spelling
 * (Baramula/Baramulla/Bāramūla, Bhimbar/Bhimber, Hatian/Hattian Bala, ...). Pure JDK, stateless,
 * thread-safe. Keys are only meaningful within one side of the LoC: India's "Punch" (J&K) and
 * Pakistan's "Poonch" (Azad Kashmir) are different districts that both normalise to "poonch", so
 * callers must compare names of the same side only.
 */
public final class DistrictNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DISTRICT_SUFFIX = Pattern.compile("(?i)\\s+district$");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("baramula", "baramulla"),
            Map.entry("bandipore", "bandipora"),
            Map.entry("bandipura", "bandipora"),
            Map.entry("badgam", "budgam"),
            Map.entry("shupiyan", "shopian"),
            Map.entry("shopiyan", "shopian"),
            Map.entry("punch", "poonch"),
            Map.entry("rajauri", "rajouri"),
            Map.entry("rajaori", "rajouri"),
            Map.entry("riasi", "reasi"),
            Map.entry("neelam", "neelum"),
            Map.entry("hatian", "hattian bala"),
            Map.entry("hattian", "hattian bala"),
            Map.entry("jhelum valley", "hattian bala"),
            Map.entry("sudhanoti", "sudhnoti"),
            Map.entry("sudhanuti", "sudhnoti"),
            Map.entry("bhimbar", "bhimber"),
            Map.entry("astor", "astore"),
            Map.entry("leh ladakh", "leh"),
            // UCDP GED adm_2 / ACLED admin2 / boundary-file spellings
            Map.entry("kupwada", "kupwara"),
            Map.entry("gandarbal", "ganderbal"),
            Map.entry("udampur", "udhampur"),
            Map.entry("diamer", "diamir"));

    /**
     * Spellings that mean a district only on one side of the LoC: in Indian usage "Islamabad" is
     * Anantnag's other name, while in Pakistan it is the capital; Rawalakot, Forward Kahuta and
     * Pallandri are the headquarters names of Azad Kashmir's Poonch, Haveli and Sudhnoti.
     */
    private static final Map<String, Map<String, String>> SIDE_ALIASES = Map.of(
            "IN", Map.of("islamabad", "anantnag", "ladakh", "leh"),
            "PK", Map.of("rawalakot", "poonch", "forward kahuta", "haveli", "pallandri", "sudhnoti",
                    "hajira", "poonch", "nagar", "hunza nagar", "hunza", "hunza nagar"));

    private DistrictNames() {
    }

    /** Removes diacritics (Rājauri → Rajauri, Diamīr → Diamir), keeping case and punctuation. */
    public static String fold(String name) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    }

    /** A display name: folded, trimmed, trailing " District" removed ("Kotli District" → "Kotli"). */
    public static String displayName(String name) {
        return DISTRICT_SUFFIX.matcher(fold(name).trim()).replaceAll("");
    }

    /**
     * The spelling Sitmap shows for a district: the canonical key in title case, so GeoNames'
     * "Bāramūla", "Punch" and "Shupiyan" read "Baramulla", "Poonch" and "Shopian".
     */
    public static String canonicalName(String name) {
        String key = normalise(name);
        StringBuilder out = new StringBuilder(key.length());
        boolean start = true;
        for (char c : key.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }

    /**
     * The comparison key of a district name as used on one side ({@code "IN"} or {@code "PK"}):
     * the side's own aliases first, then the common ones. Any other side behaves as {@link #normalise}.
     */
    public static String normalise(String name, String side) {
        String key = NON_ALPHANUMERIC.matcher(displayName(name).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        String own = SIDE_ALIASES.getOrDefault(side == null ? "" : side, Map.of()).get(key);
        return own != null ? own : ALIASES.getOrDefault(key, key);
    }

    /** Whether {@link #normalise(String, String)} changed the folded spelling (an alias was used). */
    public static boolean usesAlias(String name, String side) {
        String key = NON_ALPHANUMERIC.matcher(displayName(name).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return !key.equals(normalise(name, side));
    }

    /** Title case of a comparison key ("hattian bala" → "Hattian Bala"). */
    public static String titleCase(String key) {
        StringBuilder out = new StringBuilder(key.length());
        boolean start = true;
        for (char c : key.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }

    /** The comparison key of a district name, e.g. "Bāramūla", "BARAMULA" and "Baramulla" → "baramulla". */
    public static String normalise(String name) {
        String key = NON_ALPHANUMERIC.matcher(displayName(name).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return ALIASES.getOrDefault(key, key);
    }
}
