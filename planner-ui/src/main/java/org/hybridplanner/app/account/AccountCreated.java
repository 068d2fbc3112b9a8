package org.hybridplanner.app.account;

/** Published after a new account is stored, so other features can prepare it (the demo plan, for one). */
public record AccountCreated(long accountId, String username) {
}
