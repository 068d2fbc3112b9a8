package org.hybridplanner.app.share;

import java.time.Instant;
import java.util.UUID;

/** A share link as its owner sees it; never the secret. {@code versionId} null means "the latest version". */
public record ShareLinkSummary(long id, UUID planId, ShareAccess access, String label, Long versionId,
        Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, long useCount) {

    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
