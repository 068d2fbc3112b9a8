package org.hybridplanner.engine;

import org.hybridplanner.model.Recommendation;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a recommendation as JSON: fields in record order, absent values as {@code null}, pretty-printed, so
 * that the same recommendation always gives byte-identical output.
 */
public final class RecommendationJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RecommendationJson() {
    }

    public static String write(Recommendation recommendation) {
        return MAPPER.writeValueAsString(recommendation) + "\n";
    }
}
