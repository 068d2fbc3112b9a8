package org.hybridplanner.app.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Edit rights on someone else's plan, given to an account when it opened an edit link. It lives exactly as long as
 * the link: it carries the link's expiry, and revoking the link deletes it.
 */
@Entity
@Table(name = "plan_edit_grant")
class EditGrant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "share_link_id", nullable = false)
    private long shareLinkId;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected EditGrant() {
    }

    EditGrant(UUID planId, long accountId, long shareLinkId, Instant grantedAt, Instant expiresAt) {
        this.planId = planId;
        this.accountId = accountId;
        this.shareLinkId = shareLinkId;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }
}
