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

    /**
     * @param passwordHash the account's password hash; null for an account without a password (a provider's)
     */
    SignedInAccount(long accountId, String username, String passwordHash, Role role) {
        super(username, passwordHash == null ? "" : passwordHash,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.accountId = accountId;
    }

    public long accountId() {
        return accountId;
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
