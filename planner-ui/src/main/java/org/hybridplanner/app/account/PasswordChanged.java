package org.hybridplanner.app.account;

/**
 * Published when an account's password changes, by its owner or by an admin: the account's other signed-in sessions
 * end (see {@link SignedInSessions}); its API tokens stay valid.
 */
record PasswordChanged(long accountId) {
}
