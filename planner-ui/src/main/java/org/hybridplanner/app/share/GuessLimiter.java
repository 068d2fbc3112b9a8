package org.hybridplanner.app.share;

import java.time.Clock;
import org.hybridplanner.app.base.FailureCounts;
import org.hybridplanner.app.base.FailureLimiter;
import org.springframework.stereotype.Component;

/**
 * Limits how many unknown, revoked or expired links one client address may try per window: past the limit, every
 * link lookup from that address is refused until the window ends. Each lookup takes its place before the secret is
 * checked, so a burst of simultaneous guesses cannot check more than the limit. Each guess faces 2^256
 * possibilities anyway; the limit keeps scanners from costing the server. Counted in the database, so one limit
 * holds across every instance of the planner; lookups must start and end outside any transaction.
 */
@Component
public class GuessLimiter {
    private final FailureLimiter failures;

    GuessLimiter(FailureCounts counts, Clock clock, ShareLinkSettings settings) {
        this.failures = new FailureLimiter(counts, "share-link", clock, settings.failedLookupsPerWindow(), settings.failedLookupWindow(),
                settings.trackedClients());
    }

    /**
     * One lookup by the client, counted as a failed guess unless {@link FailureLimiter.Attempt#succeeded()} is
     * called. Refuses with {@link TooManyGuessesException} when the client has no lookups left in this window.
     */
    public FailureLimiter.Attempt lookup(String client) {
        return failures.attempt(client).orElseThrow(() -> new TooManyGuessesException(failures.untilWindowEnds()));
    }
}
