package org.hybridplanner.app.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An account: a local one signs in with a password (only its BCrypt hash is stored), one from an OpenID Connect
 * provider signs in there and is known by the provider's issuer and the subject it gives the person.
 */
@Entity
@Table(name = "account")
class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(name = "provider_issuer", length = 512)
    private String providerIssuer;

    @Column(name = "provider_subject", length = 255)
    private String providerSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "session_generation", nullable = false)
    private long sessionGeneration;

    protected Account() {
    }

    Account(String username, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    /** An account that signs in with an OpenID Connect provider: no password. */
    static Account fromProvider(ProviderIdentity identity, String username, Role role, Instant createdAt) {
        Account account = new Account(username, null, role, createdAt);
        account.providerIssuer = identity.issuer();
        account.providerSubject = identity.subject();
        return account;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    /** A new password also starts a new generation of sessions: the ones signed in before it end (see below). */
    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.sessionGeneration++;
    }

    /**
     * Which generation of signed-in sessions is current: every instance of the planner ends a session signed in
     * under an earlier one at its next request ({@link SignedInSessions}).
     */
    long sessionGeneration() {
        return sessionGeneration;
    }

    /** The password hash; null for an account that signs in with a provider. */
    String passwordHash() {
        return passwordHash;
    }

    SignInMethod signInMethod() {
        return providerIssuer == null ? SignInMethod.PASSWORD : SignInMethod.SINGLE_SIGN_ON;
    }

    /** The provider decides the role at each sign-in (from its group or app-role claim). */
    void assignRole(Role role) {
        this.role = role;
    }

    AccountSummary summary() {
        return new AccountSummary(id, username, role, createdAt, signInMethod());
    }

    Role role() {
        return role;
    }

    Instant createdAt() {
        return createdAt;
    }
}
