package org.hybridplanner.app.share;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The uses of share links (last use, use count), counted in memory and written in batches: one batch at most every
 * {@link #WRITE_EVERY}, on a thread of its own, instead of a write to the same row by every shared request. The
 * owner's list writes this instance's pending uses first, so it is exact for the uses this instance served; other
 * instances' show up within a second. The count adds, so instances never overwrite each other's; a crash loses at
 * most the last second's uses, a graceful stop none.
 */
@Component
class ShareLinkUses {
    static final Duration WRITE_EVERY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(ShareLinkUses.class);

    private final Map<Long, Uses> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("share-link-uses").daemon().factory());
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ShareLinkUses(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Counts one use of a link; the write follows within {@link #WRITE_EVERY}, on the writer's thread. */
    void used(long linkId) {
        pending.merge(linkId, new Uses(1, clock.instant()), Uses::plus);
        if (writeScheduled.compareAndSet(false, true)) {
            writer.schedule(() -> {
                // Cleared before the batch is taken: a use counted after this schedules the next write.
                writeScheduled.set(false);
                write();
            }, WRITE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        writer.shutdownNow();
        write();
    }

    /** Writes every use this instance has counted and not written yet; outside any transaction. */
    void write() {
        List<Object[]> rows = new ArrayList<>();
        Map<Long, Uses> taken = new HashMap<>();
        for (Long id : pending.keySet()) {
            Uses uses = pending.remove(id);
            if (uses != null) {
                taken.put(id, uses);
                OffsetDateTime last = OffsetDateTime.ofInstant(uses.last(), ZoneOffset.UTC);
                rows.add(new Object[] {uses.count(), last, last, id});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> jdbc.batchUpdate("update share_link set use_count = use_count"
                    + " + ?, last_used_at = case when last_used_at is null or last_used_at < ? then ? else"
                    + " last_used_at end where id = ?", rows));
        } catch (RuntimeException e) {
            // Kept for the next write rather than lost; the request that happened to write is not failed for it.
            taken.forEach((id, uses) -> pending.merge(id, uses, Uses::plus));
            LOG.warn("Could not record the use of {} share links yet: {}", taken.size(), e.getMessage());
        }
    }

    /** Uses of one link not written yet: how many, and the latest. */
    private record Uses(long count, Instant last) {
        Uses plus(Uses other) {
            return new Uses(count + other.count, last.isAfter(other.last) ? last : other.last);
        }
    }
}
