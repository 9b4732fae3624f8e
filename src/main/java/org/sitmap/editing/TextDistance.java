package org.sitmap.editing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spelling tolerance for the gazetteer: a search key (accents folded, lower case, punctuation to
 * single spaces) and the optimal-string-alignment (restricted Damerau–Levenshtein) distance, where
 * a swap of two neighbouring letters counts as one edit, with an early exit above a bound.
 * Stateless and thread-safe.
 */
public final class TextDistance {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private TextDistance() {
    }

    /** "Muzaffarābād" → "muzaffarabad", "R.S. Pora" → "r s pora". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NON_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Edits allowed for a query of this length: none up to 3 letters, 1 up to 5, else 2. */
    public static int allowedEdits(int length) {
        return length <= 3 ? 0 : length <= 5 ? 1 : 2;
    }

    /** The OSA distance between a and b, or {@code bound + 1} as soon as it must exceed bound. */
    public static int distance(String a, String b, int bound) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > bound) {
            return bound + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], bound + 1);
    }
}
