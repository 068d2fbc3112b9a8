package org.hybridplanner.app.base;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Limits failures (unknown share links, wrong passwords) per client address in fixed windows, so that guessing
 * costs time. Checking and counting are one atomic step: each attempt takes one of the window's {@code limit}
 * places before it is checked, and gives it back only when it succeeds. So at most {@code limit} attempts are ever
 * checked per window and address, however many arrive at once, and a legitimate user is never slowed down by their
 * own successes. In memory and bounded: when more addresses than {@code maxClients} are tracked, the counts of past
 * windows are dropped first, then all of them (which at worst lets a flood of addresses guess one window longer).
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

    /**
     * Takes one of the client's places in the current window: empty when all are taken (the client is blocked until
     * {@link #untilWindowEnds()}). The attempt counts as a failure unless {@link Attempt#succeeded()} is called.
     */
    public Optional<Attempt> attempt(String client) {
        long now = windowNumber();
        if (failures.size() >= maxClients && !failures.containsKey(client)) {
            failures.values().removeIf(w -> w.number != now);
            if (failures.size() >= maxClients) {
                failures.clear();
            }
        }
        Window current = failures.compute(client, (key, w) -> w == null || w.number != now ? new Window(now) : w);
        return current.take(limit) ? Optional.of(new Attempt(current)) : Optional.empty();
    }

    /** How long until the current window ends, when a blocked client may try again. */
    public Duration untilWindowEnds() {
        long windowMillis = window.toMillis();
        return Duration.ofMillis(windowMillis - clock.millis() % windowMillis);
    }

    private long windowNumber() {
        return clock.millis() / window.toMillis();
    }

    /** One checked attempt, counted as a failure unless it succeeded. */
    public static final class Attempt {
        private final Window window;
        private boolean settled;

        private Attempt(Window window) {
            this.window = window;
        }

        /** Gives the place back: only failures count. Only the first call counts. */
        public void succeeded() {
            if (!settled) {
                settled = true;
                window.count.decrementAndGet();
            }
        }
    }

    private static final class Window {
        final long number;
        final AtomicInteger count = new AtomicInteger();

        Window(long number) {
            this.number = number;
        }

        boolean take(int limit) {
            for (int taken = count.get(); taken < limit; taken = count.get()) {
                if (count.compareAndSet(taken, taken + 1)) {
                    return true;
                }
            }
            return false;
        }
    }
}
