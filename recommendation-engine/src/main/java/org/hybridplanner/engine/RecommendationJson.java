package org.hybridplanner.engine;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
     * The same JSON as {@link #write}, in UTF-8, onto {@code out} as it is serialised (buffered by the generator;
     * {@code out} is neither flushed nor closed).
     */
    public static void write(Recommendation recommendation, OutputStream out) {
        MAPPER.writeValue(new NonClosing(out), recommendation);
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Jackson closes the stream it wrote to; the caller's stream (standard output) stays open. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
