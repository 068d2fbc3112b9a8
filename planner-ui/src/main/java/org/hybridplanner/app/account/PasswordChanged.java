package org.hybridplanner.app.account;

/**
 * Published when an account's password changes, by its owner or by an admin: the account's other signed-in sessions
 * end (see {@link SignedInSessions}); its API tokens stay valid.
 *
 * @param sessionGeneration the account's new generation of sessions: the session that made the change joins it
 */
record PasswordChanged(long accountId, long sessionGeneration) {
}
