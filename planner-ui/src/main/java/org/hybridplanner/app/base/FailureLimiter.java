package org.hybridplanner.app.base;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.hybridplanner.app.base.FailureCounts.Place;

/**
 * Limits failures (unknown share links, wrong passwords) per client address in fixed windows, so that guessing
 * costs time. Each attempt takes one of the window's {@code limit} places before it is checked, and gives it back
 * when it succeeds; a failure keeps its place. So at most {@code limit} attempts are checked at once or have failed
 * per window and address, however many arrive together, and at most {@code limit} are answered as failures.
 * <p>
 * Failures and attempts in flight are counted apart: a client whose failures reached the limit is blocked until the
 * window ends, while one whose places are held only by attempts still being checked is not refused but waits for a
 * place, up to {@code longestWait} (a burst of right passwords or of lookups of one valid link from one address, as
 * behind an office's NAT, goes through as places are given back). And a secret this limiter has seen succeed on
 * this instance (the hash of a share link's secret) is no guess: its attempts take no place, only the read of
 * whether the client is blocked; should it fail after all (the link was revoked since), it counts as a failure, in a
 * place of its own if one is free. At most {@code MAX_PROVEN} secrets are remembered; past that they are forgotten
 * (which costs only places again).
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
    private static final int MAX_PROVEN = 10_000;
    private static final long FIRST_PAUSE_MILLIS = 5;
    private static final long LONGEST_PAUSE_MILLIS = 100;

    private final FailureCounts counts;
    private final String name;
    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final int maxClients;
    private final Duration longestWait;
    private final AtomicLong tidiedWindow = new AtomicLong(Long.MIN_VALUE);
    private final AtomicInteger attemptsSinceCounted = new AtomicInteger();
    private final Set<String> proven = ConcurrentHashMap.newKeySet();
    // Waiting attempts are woken when an attempt on this instance settles; those settled on another instance are
    // noticed by the waits' timeouts.
    private final ReentrantLock settling = new ReentrantLock();
    private final Condition settled = settling.newCondition();

    /**
     * @param name the limit's name in the table ({@code sign-in}, {@code share-link}), at most 16 characters
     * @param longestWait how long an attempt waits for a place held by attempts in flight before it is refused
     */
    public FailureLimiter(FailureCounts counts, String name, Clock clock, int limit, Duration window, int maxClients,
            Duration longestWait) {
        this.counts = counts;
        this.name = name;
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.maxClients = maxClients;
        this.longestWait = longestWait;
    }

    /**
     * Takes one of the client's places in the current window, waiting for one while attempts in flight hold them
     * all: empty when the client is blocked (until {@link #untilWindowEnds()}) or no place came free in time. The
     * attempt is settled by {@link Attempt#succeeded()} or {@link Attempt#failed()}; closing it unsettled fails it.
     */
    public Optional<Attempt> attempt(String client) {
        return attempt(client, null);
    }

    /**
     * As {@link #attempt(String)}, for an attempt with a secret (its hash, never the secret itself): one that has
     * succeeded on this instance before takes no place.
     */
    public Optional<Attempt> attempt(String client, String secretHash) {
        String key = client.length() <= LONGEST_CLIENT ? client : SecretTokens.hash(client);
        tidy(windowNumber());
        long deadline = System.nanoTime() + longestWait.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            // Read again each round: a wait may outlast its window, and the next one counts afresh.
            long now = windowNumber();
            if (secretHash != null && proven.contains(secretHash)) {
                return counts.blocked(name, key, now, limit) ? Optional.empty()
                        : Optional.of(new Attempt(key, now, false, secretHash));
            }
            Place place = counts.take(name, key, now, limit, false);
            if (place == Place.TAKEN) {
                return Optional.of(new Attempt(key, now, true, secretHash));
            }
            long left = deadline - System.nanoTime();
            if (place == Place.BLOCKED || left <= 0) {
                return Optional.empty();
            }
            awaitSettling(Math.min(TimeUnit.MILLISECONDS.toNanos(pause), left));
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    /** How long until the current window ends, when a blocked client may try again. */
    public Duration untilWindowEnds() {
        long windowMillis = window.toMillis();
        return Duration.ofMillis(windowMillis - clock.millis() % windowMillis);
    }

    private long windowNumber() {
        return clock.millis() / window.toMillis();
    }

    private void awaitSettling(long nanos) {
        settling.lock();
        try {
            settled.awaitNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            settling.unlock();
        }
    }

    private void wakeWaiting() {
        settling.lock();
        try {
            settled.signalAll();
        } finally {
            settling.unlock();
        }
    }

    private void remember(String secretHash) {
        if (proven.size() >= MAX_PROVEN) {
            proven.clear();
        }
        proven.add(secretHash);
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

    /** One attempt being checked; settle it once, outside any transaction. */
    public final class Attempt implements AutoCloseable {
        private final String client;
        private final long window;
        private final boolean holdsPlace;
        private final String secretHash;
        private final AtomicBoolean settledOnce = new AtomicBoolean();

        private Attempt(String client, long window, boolean holdsPlace, String secretHash) {
            this.client = client;
            this.window = window;
            this.holdsPlace = holdsPlace;
            this.secretHash = secretHash;
        }

        /** Gives the place back (only failures count) and remembers the secret. Only the first settling counts. */
        public void succeeded() {
            if (settledOnce.compareAndSet(false, true)) {
                if (secretHash != null) {
                    remember(secretHash);
                }
                if (holdsPlace) {
                    counts.giveBack(name, client, window);
                }
                wakeWaiting();
            }
        }

        /**
         * Counts the attempt as a failure: true when it was one of the window's {@code limit} failures, false when
         * no place was left for it (an attempt without a place: answer it as blocked, not as a failure). Only the
         * first settling counts (a later call answers true).
         */
        public boolean failed() {
            if (!settledOnce.compareAndSet(false, true)) {
                return true;
            }
            if (secretHash != null) {
                proven.remove(secretHash);
            }
            if (!holdsPlace) {
                return counts.take(name, client, window, limit, true) == Place.TAKEN;
            }
            // A failure frees no place; waiting attempts need to know only when it blocked the client.
            if (counts.failed(name, client, window, limit)) {
                wakeWaiting();
            }
            return true;
        }

        /** Fails the attempt unless it was settled. */
        @Override
        public void close() {
            failed();
        }
    }
}
