package org.hybridplanner.app.account;

import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An account signed in through the OpenID Connect provider. It is an {@link OidcUser} too, so that Spring Security's
 * provider sign-out can send the ID token back to the provider as {@code id_token_hint}.
 */
final class ProviderSignedInAccount extends SignedInAccount implements OidcUser {
    private final OidcIdToken idToken;

    ProviderSignedInAccount(long accountId, String username, Role role, OidcIdToken idToken) {
        super(accountId, username, null, role);
        this.idToken = idToken;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    /** The planner reads the ID token only; it does not call the provider's user info endpoint. */
    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    /** The planner's username, as for a local account (Spring Security keys the session's client by it). */
    @Override
    public String getName() {
        return getUsername();
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
