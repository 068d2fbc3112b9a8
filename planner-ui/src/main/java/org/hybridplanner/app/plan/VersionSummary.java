package org.hybridplanner.app.plan;

import java.time.Instant;

/** A history entry as listed; {@code updatedAt} differs from {@code createdAt} when autosaves were coalesced. */
public record VersionSummary(long id, int number, VersionKind kind, String label, String author, Instant createdAt,
        Instant updatedAt) {
}
