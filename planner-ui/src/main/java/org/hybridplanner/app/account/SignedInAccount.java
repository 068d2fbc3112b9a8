package org.hybridplanner.app.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated principal: a Spring Security user that also carries the account id plans are owned by. */
public final class SignedInAccount extends User {
    private final long accountId;

    SignedInAccount(long accountId, String username, String passwordHash, Role role) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
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
