package org.hybridplanner.app.share;

import java.time.Clock;
import org.hybridplanner.app.base.FailureCounts;
import org.hybridplanner.app.base.FailureLimiter;
import org.springframework.stereotype.Component;

/**
 * Limits how many unknown, revoked or expired links one client address may try per window: past the limit, every
 * link lookup from that address is refused until the window ends, valid links included. A lookup of a link this
 * instance has not yet seen valid takes its place before the secret is checked, so a burst of simultaneous guesses
 * checks at most the limit; a valid one gives its place back, and lookups that find every place held by lookups in
 * flight wait for one (up to {@code planner.share.lookup-wait}) rather than being refused. A link seen valid is
 * looked up without a place, so many viewers of one link behind one address are never refused for being many. Each
 * guess faces 2^256 possibilities anyway; the limit keeps scanners from costing the server. Counted in the
 * database, so one limit holds across every instance of the planner; lookups start and end outside any transaction.
 */
@Component
public class GuessLimiter {
    private final FailureLimiter failures;

    GuessLimiter(FailureCounts counts, Clock clock, ShareLinkSettings settings) {
        this.failures = new FailureLimiter(counts, "share-link", clock, settings.failedLookupsPerWindow(),
                settings.failedLookupWindow(), settings.trackedClients(), settings.lookupWait());
    }

    /**
     * One lookup by the client of the secret with this hash (null for a secret that cannot be a link's), to be
     * settled as a success or a failure. Refuses with {@link TooManyGuessesException} when the client is blocked in
     * this window or no place came free in time.
     */
    public FailureLimiter.Attempt lookup(String client, String secretHash) {
        return failures.attempt(client, secretHash).orElseThrow(this::refusal);
    }

    /** The refusal of a client that is blocked, for a failed lookup that found no place left to count it. */
    TooManyGuessesException refusal() {
        return new TooManyGuessesException(failures.untilWindowEnds());
    }
}
