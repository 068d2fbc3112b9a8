package org.hybridplanner.app.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token as stored: the SHA-256 hash of the secret, never the secret. */
@Entity
@Table(name = "api_token")
class ApiToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(long accountId, String tokenHash, String label, Instant createdAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.label = label;
        this.createdAt = createdAt;
    }

    long accountId() {
        return accountId;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = when;
        }
    }

    ApiTokenSummary summary() {
        return new ApiTokenSummary(id, label, createdAt, lastUsedAt, revokedAt);
    }
}
