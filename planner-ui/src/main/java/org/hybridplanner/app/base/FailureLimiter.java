package org.hybridplanner.app.base;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Limits failures (unknown share links, wrong passwords) per client address in fixed windows, so that guessing
 * costs time. Checking and counting are one atomic step: each attempt takes one of the window's {@code limit}
 * places before it is checked, and gives it back only when it succeeds. So at most {@code limit} attempts are ever
 * checked per window and address, however many arrive at once, and a legitimate user is never slowed down by their
 * own successes.
 * <p>
 * The places are counted in the database ({@link FailureCounts}), so every instance of the planner on one database
 * shares one limit: a burst spread over several instances checks no more than one aimed at a single instance.
 * Windows are numbered from the epoch by each instance's clock (instances keep their clocks in step, as NTP does).
 * Attempts must be made, and settled, outside any transaction. Bounded: the first attempt of each window on an
 * instance deletes the past windows' rows, and every {@code maxClients} attempts an instance counts the addresses
 * counted; past {@code maxClients}, all counts are dropped (which at worst lets a flood of addresses guess one
 * window longer).
 */
public final class FailureLimiter {
    private static final int LONGEST_CLIENT = 100;

    private final FailureCounts counts;
    private final String name;
    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final int maxClients;
    private final AtomicLong tidiedWindow = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger attemptsSinceCounted = new AtomicInteger();

    /**
     * @param name the limit's name in the table ({@code sign-in}, {@code share-link}), at most 16 characters
     */
    public FailureLimiter(FailureCounts counts, String name, Clock clock, int limit, Duration window,
            int maxClients) {
        this.counts = counts;
        this.name = name;
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.maxClients = maxClients;
    }

    /**
     * Takes one of the client's places in the current window: empty when all are taken (the client is blocked until
     * {@link #untilWindowEnds()}). The attempt counts as a failure unless {@link Attempt#succeeded()} is called.
     */
    public Optional<Attempt> attempt(String client) {
        long now = windowNumber();
        String key = client.length() <= LONGEST_CLIENT ? client : SecretTokens.hash(client);
        tidy(now);
        if (!counts.take(name, key, now, limit)) {
            return Optional.empty();
        }
        return Optional.of(new Attempt(counts, name, key, now));
    }

    /** How long until the current window ends, when a blocked client may try again. */
    public Duration untilWindowEnds() {
        long windowMillis = window.toMillis();
        return Duration.ofMillis(windowMillis - clock.millis() % windowMillis);
    }

    private long windowNumber() {
        return clock.millis() / window.toMillis();
    }

    /** Once per window and instance, past windows go; every {@code maxClients} attempts, a flood of addresses. */
    private void tidy(long now) {
        long tidied = tidiedWindow.get();
        if (tidied < now && tidiedWindow.compareAndSet(tidied, now)) {
            counts.forgetWindowsBefore(name, now);
            attemptsSinceCounted.set(0);
        }
        if (attemptsSinceCounted.incrementAndGet() >= maxClients) {
            attemptsSinceCounted.set(0);
            if (counts.clients(name) > maxClients) {
                counts.forgetAll(name);
            }
        }
    }

    /** One checked attempt, counted as a failure unless it succeeded. */
    public static final class Attempt {
        private final FailureCounts counts;
        private final String limiter;
        private final String client;
        private final long window;
        private final AtomicBoolean settled = new AtomicBoolean();

        private Attempt(FailureCounts counts, String limiter, String client, long window) {
            this.counts = counts;
            this.limiter = limiter;
            this.client = client;
            this.window = window;
        }

        /** Gives the place back: only failures count. Only the first call counts. */
        public void succeeded() {
            if (settled.compareAndSet(false, true)) {
                counts.giveBack(limiter, client, window);
            }
        }
    }
}
