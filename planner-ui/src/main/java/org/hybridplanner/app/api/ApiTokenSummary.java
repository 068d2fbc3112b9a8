package org.hybridplanner.app.api;

import java.time.Instant;

/** A token as its owner sees it in the planner; never the secret. */
public record ApiTokenSummary(long id, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
