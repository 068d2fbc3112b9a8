package org.hybridplanner.app.share;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hybridplanner.engine.RecommendationJson;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanWriter;
import org.hybridplanner.model.Recommendation;
import org.springframework.stereotype.Component;

/**
 * What share links show, kept per saved state of a plan so that a link viewed many times is read, recommended and
 * written as JSON once per save rather than once per view: the plan, its recommendation, who saved it, and the
 * body of {@code GET /api/shared/{token}}. Keyed by the plan, the pinned version (null for the latest) and the
 * stamp {@link org.hybridplanner.app.plan.PlanService#capabilityStamp} gives (the latest version's revision is new on
 * every save; a pinned version never changes), so an entry is never stale, only unused. Each request still reads the
 * link and the stamp from the database: a revoked link or a new save is seen at once, on every instance.
 * <p>
 * Bounded twice, the least recently used going first: at most {@value #MAX_ENTRIES} entries, and at most
 * {@value #MAX_BYTES} bytes of JSON bodies in all (a plan of 20,000 stores writes tens of megabytes, and the objects
 * behind a body take a few times its size: a bound by count alone would let 64 large plans fill the heap). A body
 * larger than a quarter of that is not kept: such a plan is read and recommended on every view.
 */
@Component
class SharedContents {
    static final int MAX_ENTRIES = 64;
    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final PlanWriter WRITER = new PlanWriter();

    // In access order: the first entry is the least recently used.
    private final LinkedHashMap<Key, SharedContent> entries = new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true);
    private long bytes;

    synchronized Optional<SharedContent> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(Key key, SharedContent content) {
        if (content.json().length > MAX_BYTES / 4) {
            return;
        }
        SharedContent replaced = entries.put(key, content);
        bytes += content.json().length - (replaced == null ? 0 : replaced.json().length);
        Iterator<Map.Entry<Key, SharedContent>> eldest = entries.entrySet().iterator();
        while (entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) {
            bytes -= eldest.next().getValue().json().length;
            eldest.remove();
        }
    }

    /** The bytes of JSON kept now (for tests and the bound's documentation). */
    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }

    /** Names one saved state of a plan as a link shows it. */
    record Key(UUID planId, Long versionId, UUID stamp) {
    }

    /** The plan as a link shows it, with its recommendation and the API's JSON body for both, written once. */
    record SharedContent(Plan plan, Recommendation recommendation, String author, byte[] json) {
        static SharedContent of(Plan plan, Recommendation recommendation, String author) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
            body.writeBytes(("{\"plan\":" + WRITER.write(plan) + ",\"recommendation\":")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(RecommendationJson.writeUtf8(recommendation));
            body.write('}');
            return new SharedContent(plan, recommendation, author, body.toByteArray());
        }
    }
}
