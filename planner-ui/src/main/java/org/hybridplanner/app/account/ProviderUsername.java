package org.hybridplanner.app.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The username a provider account gets at its first sign-in: the part before the '@' of the provider's
 * preferred_username (or email), in the planner's name rules: lower case, accents dropped, anything else a dash.
 * Only shown and used by the {@code token} command: the account itself is found by issuer and subject.
 */
final class ProviderUsername {
    /** Leaves room for "-" and a counter within the 64 characters a username may have. */
    private static final int MAX_BASE_LENGTH = 56;
    private static final String FALLBACK = "user";

    private ProviderUsername() {
    }

    static String base(ProviderIdentity identity) {
        String hint = nonBlank(identity.preferredUsername()) ? identity.preferredUsername() : identity.email();
        if (!nonBlank(hint)) {
            return FALLBACK;
        }
        int at = hint.indexOf('@');
        String local = at > 0 ? hint.substring(0, at) : hint;
        String shaped = Normalizer.normalize(local, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
        if (shaped.length() > MAX_BASE_LENGTH) {
            shaped = shaped.substring(0, MAX_BASE_LENGTH);
        }
        shaped = shaped.replaceAll("[._-]+$", "");
        return shaped.length() < 2 ? FALLBACK : shaped;
    }

    /** The n-th name to try (from 1): the base itself, then base-2, base-3, ... */
    static String candidate(String base, int attempt) {
        return attempt == 1 ? base : base + "-" + attempt;
    }

    private static boolean nonBlank(String value) {
        return value != null && !value.isBlank();
    }
}
