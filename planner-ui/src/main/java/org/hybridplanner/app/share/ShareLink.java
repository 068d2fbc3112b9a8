package org.hybridplanner.app.share;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A share link as stored: the hash of its secret, never the secret. */
@Entity
@Table(name = "share_link")
class ShareLink {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ShareAccess access;

    @Column(length = 200)
    private String label;

    @Column(name = "version_id")
    private Long versionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    // Written only by ShareLinkUses, in batches: an update of the link (revoking it) must not write back a count
    // loaded before a batch added to it.
    @Column(name = "last_used_at", updatable = false)
    private Instant lastUsedAt;

    @Column(name = "use_count", nullable = false, updatable = false)
    private long useCount;

    protected ShareLink() {
    }

    ShareLink(UUID planId, String tokenHash, ShareAccess access, String label, Long versionId, Instant createdAt,
            Instant expiresAt) {
        this.planId = planId;
        this.tokenHash = tokenHash;
        this.access = access;
        this.label = label;
        this.versionId = versionId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = when;
        }
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    long id() {
        return id;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    UUID planId() {
        return planId;
    }

    Long versionId() {
        return versionId;
    }

    String label() {
        return label;
    }

    ShareAccess access() {
        return access;
    }

    ShareLinkSummary summary() {
        return new ShareLinkSummary(id, planId, access, label, versionId, createdAt, expiresAt, revokedAt, lastUsedAt,
                useCount);
    }
}
