package org.sitmap.briefing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The banner as the small JSON object stored in {@code sitmap_metadata}. Stateless. */
final class BannerJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BannerJson() {
    }

    static String write(BannerSettings b) {
        ObjectNode n = JSON.createObjectNode();
        n.put("text", b.text());
        n.put("background", b.background());
        n.put("foreground", b.foreground());
        return n.toString();
    }

    static BannerSettings read(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException("the banner is not a JSON object");
            }
            return new BannerSettings(n.path("text").asText(""), n.path("background").asText(null),
                    n.path("foreground").asText(null));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the banner is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
