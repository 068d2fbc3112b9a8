package org.hybridplanner.app.base;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts failures (unknown share links, wrong passwords) per client address in fixed windows: past {@code limit}
 * failures, the client is blocked until its window ends, so that guessing costs time. Only failures count, so a
 * legitimate user is never slowed down. In memory and bounded: when more addresses than {@code maxClients} are
 * tracked, the counts of past windows are dropped first, then all of them (which at worst lets a flood of addresses
 * guess one window longer).
 */
public final class FailureLimiter {
    private final ConcurrentHashMap<String, Window> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final int maxClients;

    public FailureLimiter(Clock clock, int limit, Duration window, int maxClients) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.maxClients = maxClients;
    }

    /** How long the client stays blocked, when it is over the limit in the current window. */
    public Optional<Duration> blockedFor(String client) {
        Window current = failures.get(client);
        if (current != null && current.number == windowNumber() && current.count.get() >= limit) {
            long windowMillis = window.toMillis();
            return Optional.of(Duration.ofMillis(windowMillis - clock.millis() % windowMillis));
        }
        return Optional.empty();
    }

    /** Counts a failure against the client. */
    public void failed(String client) {
        long now = windowNumber();
        if (failures.size() >= maxClients) {
            failures.values().removeIf(w -> w.number != now);
            if (failures.size() >= maxClients) {
                failures.clear();
            }
        }
        failures.compute(client, (key, w) -> w == null || w.number != now ? new Window(now) : w).count
                .incrementAndGet();
    }

    private long windowNumber() {
        return clock.millis() / window.toMillis();
    }

    private static final class Window {
        final long number;
        final AtomicInteger count = new AtomicInteger();

        Window(long number) {
            this.number = number;
        }
    }
}
