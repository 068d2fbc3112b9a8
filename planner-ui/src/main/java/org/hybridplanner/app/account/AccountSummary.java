package org.hybridplanner.app.account;

import java.time.Instant;

/** What the account list shows; never the password hash. */
public record AccountSummary(long id, String username, Role role, Instant createdAt, SignInMethod signIn) {
}
