package org.hybridplanner.engine;

import java.io.ByteArrayOutputStream;
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

    /**
     * The same JSON as {@link #write}, as UTF-8 bytes. For servers: Jackson encodes straight to bytes, without the
     * intermediate string (whose arrows and dots make it UTF-16) that would be encoded again.
     */
    public static byte[] writeUtf8(Recommendation recommendation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        MAPPER.writeValue(out, recommendation);
        out.write('\n');
        return out.toByteArray();
    }
}
