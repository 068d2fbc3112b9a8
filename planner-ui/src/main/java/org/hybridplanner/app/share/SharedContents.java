package org.hybridplanner.app.share;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
 * link and the stamp from the database: a revoked link or a new save is seen at once, on every instance. At most
 * {@value #MAX_ENTRIES} entries, the least recently used going first.
 */
@Component
class SharedContents {
    static final int MAX_ENTRIES = 64;
    private static final PlanWriter WRITER = new PlanWriter();

    private final Map<Key, SharedContent> entries = new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SharedContent> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    synchronized Optional<SharedContent> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(Key key, SharedContent content) {
        entries.put(key, content);
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
