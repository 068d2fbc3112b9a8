package org.hybridplanner.engine;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hybridplanner.model.Recommendation;

/**
 * Writes a recommendation as JSON: fields in record order, absent values as {@code null}, pretty-printed, so
 * that the same recommendation always gives byte-identical output. The JSON is what Jackson's databind writes for
 * the records with {@code INDENT_OUTPUT}, written token by token ({@link RecommendationTokens}).
 */
public final class RecommendationJson {
    private RecommendationJson() {
    }

    public static String write(Recommendation recommendation) {
        return new String(writeUtf8(recommendation), StandardCharsets.UTF_8);
    }

    /**
     * The same JSON as {@link #write}, in UTF-8, onto {@code out} as it is serialised (buffered by the generator;
     * {@code out} is neither flushed nor closed).
     */
    public static void write(Recommendation recommendation, OutputStream out) {
        RecommendationTokens.write(recommendation, new NonClosing(out));
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same JSON as {@link #write}, as UTF-8 bytes. For servers: encoded straight to bytes, without the
     * intermediate string (whose arrows and dots make it UTF-16) that would be encoded again.
     */
    public static byte[] writeUtf8(Recommendation recommendation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        RecommendationTokens.write(recommendation, out);
        out.write('\n');
        return out.toByteArray();
    }

    /** The writer closes the stream it wrote to, as databind did; the caller's stream (standard output) stays open. */
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
