package org.hybridplanner.app.share;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for share links ({@code planner.share.*}).
 *
 * @param defaultExpiry how long a link lives when the owner asks for no particular expiry
 * @param maxExpiry the longest expiry anyone may ask for (links that never expire are a separate, admin-only choice)
 * @param allowNoExpiry whether links may never expire
 * @param failedLookupsPerWindow failed lookups (guesses) one client address may make per window
 * @param failedLookupWindow the window for failed lookups
 * @param trackedClients how many client addresses the guess limit remembers at most
 * @param lookupWait how long a lookup waits for a place in the guess limit while lookups still being checked hold
 *     them all, before it is refused
 */
@ConfigurationProperties("planner.share")
public record ShareLinkSettings(@DefaultValue("30d") Duration defaultExpiry, @DefaultValue("365d") Duration maxExpiry,
        @DefaultValue("false") boolean allowNoExpiry, @DefaultValue("20") int failedLookupsPerWindow,
        @DefaultValue("1m") Duration failedLookupWindow, @DefaultValue("10000") int trackedClients,
        @DefaultValue("2s") Duration lookupWait) {
    public ShareLinkSettings {
        if (maxExpiry.isNegative() || maxExpiry.isZero() || defaultExpiry.compareTo(maxExpiry) > 0) {
            throw new IllegalArgumentException("planner.share.max-expiry must be positive and at least "
                    + "planner.share.default-expiry");
        }
    }
}
