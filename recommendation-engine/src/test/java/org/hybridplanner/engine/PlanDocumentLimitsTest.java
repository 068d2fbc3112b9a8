package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hybridplanner.model.PlanLimits;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.PlanReader;
import org.hybridplanner.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Oversized and deeply nested documents are refused early: the reader stops reading a stream just past the size
 * limit and stops parsing at the nesting limit. The inputs are produced lazily, so the test itself never holds them.
 * Surefire runs this class in its own JVM with a small heap ({@code document-limits} execution in the pom), which
 * is the memory bound: a reader that buffered or parsed the whole document would fail there.
 */
class PlanDocumentLimitsTest {
    private static final int FIFTY_MEGABYTES = 50 * 1024 * 1024;
    /** The reader's read buffer: how far past the limit it may read before it notices. */
    private static final int READ_CHUNK = 64 * 1024;
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    private final PlanReader reader = RecommendationEngine.standard().reader();

    @Test
    void runsInAHeapTooSmallToBufferAFiftyMegabyteDocument() {
        // Guards the memory bound itself: it holds only while the pom's document-limits execution sets -Xmx64m.
        assertThat(Runtime.getRuntime().maxMemory()).as("max heap; run through Surefire's document-limits execution")
                .isLessThanOrEqualTo(64L * 1024 * 1024);
    }

    @Test
    void refusesAFiftyMegabytePlanAfterReadingJustPastTheSizeLimit() {
        CountingStream plan = new CountingStream(FIFTY_MEGABYTES, repeating(
                "{\"schemaVersion\":1,\"name\":\"big\",\"flows\":[",
                "{\"id\":\"f\",\"source\":\"a\",\"sink\":\"b\",\"stagedCopy\":false},"));

        PlanReadResult result = assertTimeoutPreemptively(GENEROUS, () -> reader.read(plan));

        assertThat(result.plan()).isNull();
        assertThat(result.problems()).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("$",
                        "the document is larger than the limit of 16 MiB"));
        assertThat(plan.delivered).isGreaterThan(PlanLimits.MAX_DOCUMENT_BYTES)
                .isLessThanOrEqualTo(PlanLimits.MAX_DOCUMENT_BYTES + READ_CHUNK);
    }

    @Test
    void refusesAHundredThousandDeepStreamAtTheNestingLimit() throws IOException {
        int depth = 100_000;
        CountingStream nested = new CountingStream(2L * depth, position -> position < depth ? '[' : ']');

        PlanReadResult result = reader.read(nested);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$");
            assertThat(problem.message()).isEqualTo("the document exceeds a limit: arrays and objects nest deeper"
                    + " than " + PlanLimits.MAX_NESTING_DEPTH + " levels");
        });
    }

    @Test
    void refusesAHundredThousandDeepObjectNestingInsideAPlan() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":1,\"name\":");
        json.append("{\"a\":".repeat(100_000)).append("1").append("}".repeat(100_000)).append('}');

        PlanReadResult result = assertTimeoutPreemptively(GENEROUS,
                () -> reader.read(json.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(result.problems()).extracting(Problem::message)
                .containsExactly("the document exceeds a limit: arrays and objects nest deeper than "
                        + PlanLimits.MAX_NESTING_DEPTH + " levels");
    }

    /** The byte at each position of a lazily produced document. */
    @FunctionalInterface
    private interface Content {
        int at(long position);
    }

    /** A prefix, then the unit repeated for as long as the stream lasts. */
    private static Content repeating(String prefix, String unit) {
        byte[] head = prefix.getBytes(StandardCharsets.US_ASCII);
        byte[] body = unit.getBytes(StandardCharsets.US_ASCII);
        return position -> position < head.length ? head[(int) position]
                : body[(int) ((position - head.length) % body.length)];
    }

    /** Produces {@code length} bytes on demand and counts how many the reader took. */
    private static final class CountingStream extends InputStream {
        private final long length;
        private final Content content;
        long delivered;

        CountingStream(long length, Content content) {
            this.length = length;
            this.content = content;
        }

        @Override
        public int read() {
            return delivered < length ? content.at(delivered++) & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (delivered >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - delivered);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) content.at(delivered++);
            }
            return n;
        }
    }
}
