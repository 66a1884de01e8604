package dev.opentill.central.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.core.promo.PromotionRules;
import java.io.UncheckedIOException;

/** A promotion's rules as the JSON document the centre stores in {@code promotion.rules}. */
public final class PromotionRulesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PromotionRulesJson() {
    }

    public static String write(PromotionRules rules) {
        try {
            return MAPPER.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored rules, or null for a promotion of the first table. */
    public static PromotionRules read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, PromotionRules.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
