package org.sitmap.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Alternate spellings of places along the LoC, as search keys: the spelling reports use (left) and
 * the one the basemap's GeoNames places carry (right), e.g. reports say "Poonch" and "Rajouri"
 * where GeoNames has "Punch" and "Rajaori". Either direction finds the other. Constants only.
 */
final class PlaceAliases {

    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("poonch", List.of("punch")),
            Map.entry("punch", List.of("poonch")),
            Map.entry("rajouri", List.of("rajaori")),
            Map.entry("rajauri", List.of("rajaori", "rajouri")),
            Map.entry("rajaori", List.of("rajouri")),
            Map.entry("akhnoor", List.of("akhnur")),
            Map.entry("akhnur", List.of("akhnoor")),
            Map.entry("baramulla", List.of("baramula")),
            Map.entry("baramula", List.of("baramulla")),
            Map.entry("nowshera", List.of("naushahra")),
            Map.entry("naushera", List.of("naushahra", "nowshera")),
            Map.entry("surankote", List.of("surankot")),
            Map.entry("bandipore", List.of("bandipura", "bandipora")),
            Map.entry("bandipora", List.of("bandipura")),
            Map.entry("neelam", List.of("neelum")),
            Map.entry("athmuqam", List.of("athhmuqam")));

    private PlaceAliases() {
    }

    /** The key itself followed by its alternate spellings. */
    static List<String> spellings(String key) {
        List<String> out = new ArrayList<>();
        out.add(key);
        out.addAll(ALIASES.getOrDefault(key, List.of()));
        return out;
    }
}
