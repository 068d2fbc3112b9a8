package org.hybridplanner.app.share;

import java.time.Clock;
import org.hybridplanner.app.base.FailureCounts;
import org.hybridplanner.app.base.FailureLimiter;
import org.springframework.stereotype.Component;

/**
 * Limits how many unknown, revoked or expired links one client address may try per window: past the limit, every
 * link lookup from that address is refused until the window ends, valid links included. A link is checked first
 * (one indexed read by the hash of its secret) and only a failed lookup takes a place, so valid lookups never wait,
 * never write here and are never refused for being many at once; a valid one is accepted only while the address is
 * not blocked, read after it was checked. So a burst of guesses gets at most the limit of definite "wrong" answers,
 * and a right guess among them is answered only if it was settled before the limit was reached, as if it had been
 * one of those checked. Each guess faces 2^256 possibilities anyway; the limit keeps scanners from costing the
 * server. Counted in the database, so one limit holds across every instance of the planner.
 */
@Component
public class GuessLimiter {
    private final FailureLimiter failures;

    GuessLimiter(FailureCounts counts, Clock clock, ShareLinkSettings settings) {
        this.failures = new FailureLimiter(counts, "share-link", clock, settings.failedLookupsPerWindow(),
                settings.failedLookupWindow(), settings.trackedClients());
    }

    /**
     * Refuses with {@link TooManyGuessesException} a usable link found for a client that has no lookups left in
     * this window. One read; may run inside the transaction that found the link.
     */
    public void requireNotBlocked(String client) {
        if (failures.blocked(client)) {
            throw new TooManyGuessesException(failures.untilWindowEnds());
        }
    }

    /**
     * Counts a failed lookup, outside any transaction; throws {@link TooManyGuessesException} instead when the
     * window has no place left for it (the caller then answers 429, not "not found").
     */
    public void failed(String client) {
        if (!failures.failed(client)) {
            throw new TooManyGuessesException(failures.untilWindowEnds());
        }
    }
}
