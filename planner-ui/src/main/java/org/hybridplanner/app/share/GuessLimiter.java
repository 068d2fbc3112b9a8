package org.hybridplanner.app.share;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many unknown, revoked or expired links one client address may try per fixed window: past the limit,
 * every link lookup from that address is refused until the window ends, so that guessing costs time. Only failed
 * lookups count, so a busy holder of a real link is never slowed down. In memory and bounded: when more addresses
 * than {@code maxClients} are tracked, the counts of past windows are dropped first, then all of them (which at
 * worst lets a flood of addresses guess one window longer; each guess still faces 2^256 possibilities).
 */
@Component
public class GuessLimiter {
    private final ConcurrentHashMap<String, Window> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final int maxClients;

    GuessLimiter(Clock clock, @Value("${planner.share.failed-lookups-per-window:20}") int limit,
            @Value("${planner.share.failed-lookup-window:1m}") Duration window,
            @Value("${planner.share.tracked-clients:10000}") int maxClients) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.maxClients = maxClients;
    }

    /** Refuses with {@link TooManyGuessesException} when the client is over the limit in the current window. */
    public void check(String client) {
        Window current = failures.get(client);
        long now = windowNumber();
        if (current != null && current.number == now && current.count.get() >= limit) {
            long windowMillis = window.toMillis();
            throw new TooManyGuessesException(Duration.ofMillis(windowMillis - clock.millis() % windowMillis));
        }
    }

    /** Counts a failed lookup against the client. */
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

    int trackedClients() {
        return failures.size();
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
