package org.hybridplanner.app.share;

import java.time.Clock;
import java.time.Duration;
import org.hybridplanner.app.base.FailureLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many unknown, revoked or expired links one client address may try per window: past the limit, every
 * link lookup from that address is refused until the window ends. Each guess faces 2^256 possibilities anyway; the
 * limit keeps scanners from costing the server.
 */
@Component
public class GuessLimiter {
    private final FailureLimiter failures;

    GuessLimiter(Clock clock, @Value("${planner.share.failed-lookups-per-window:20}") int limit,
            @Value("${planner.share.failed-lookup-window:1m}") Duration window,
            @Value("${planner.share.tracked-clients:10000}") int maxClients) {
        this.failures = new FailureLimiter(clock, limit, window, maxClients);
    }

    /** Refuses with {@link TooManyGuessesException} when the client is over the limit in the current window. */
    public void check(String client) {
        failures.blockedFor(client).ifPresent(wait -> {
            throw new TooManyGuessesException(wait);
        });
    }

    /** Counts a failed lookup against the client. */
    public void failed(String client) {
        failures.failed(client);
    }
}
