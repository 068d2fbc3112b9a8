package org.hybridplanner.app.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The authenticated principal: a Spring Security user that also carries the account id plans are owned by. One
 * signed in through the OpenID Connect provider is a {@link ProviderSignedInAccount}, which also holds the ID token.
 */
public sealed class SignedInAccount extends User permits ProviderSignedInAccount {
    private final long accountId;
    private final long sessionGeneration;

    /**
     * @param passwordHash the account's password hash; null for an account without a password (a provider's)
     */
    SignedInAccount(long accountId, String username, String passwordHash, Role role) {
        this(accountId, username, passwordHash, role, 0);
    }

    /**
     * @param sessionGeneration the account's generation of sessions, read with the password hash that signs in: a
     *     password change after it ends the session ({@link SignedInSessions})
     */
    SignedInAccount(long accountId, String username, String passwordHash, Role role, long sessionGeneration) {
        super(username, passwordHash == null ? "" : passwordHash,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.accountId = accountId;
        this.sessionGeneration = sessionGeneration;
    }

    /**
     * The principal of a request signed with a bearer credential (an API token), for that request only. No access
     * check: the caller has verified the credential. It carries no password hash: nothing signs in with it.
     */
    public static SignedInAccount forBearerCredential(long accountId, String username, Role role) {
        return new SignedInAccount(accountId, username, null, role);
    }

    public long accountId() {
        return accountId;
    }

    long sessionGeneration() {
        return sessionGeneration;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
