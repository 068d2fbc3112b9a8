package org.hybridplanner.app.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a provider's validated ID token (Spring Security has checked its signature, issuer, audience, expiry and
 * nonce before this runs) into the planner's account: the role from the configured claim, refused when the claim
 * lets the person in as nobody; the account found or created by issuer and subject. Reads the ID token only: no call
 * to the provider's user info endpoint.
 */
final class ProviderSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {
    /** The error code of a sign-in refused for the role claim; the sign-in page explains it. */
    static final String NOT_ALLOWED = "planner_not_allowed";
    private static final Logger log = LoggerFactory.getLogger(ProviderSignIn.class);

    private final AccountService accounts;
    private final ProviderRoles roles;

    ProviderSignIn(AccountService accounts, ProviderRoles roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcIdToken idToken = request.getIdToken();
        ProviderIdentity identity = new ProviderIdentity(idToken.getIssuer().toString(), idToken.getSubject(),
                idToken.getPreferredUsername(), idToken.getEmail());
        Role role = roles.roleFor(idToken.getClaims()).orElseThrow(() -> {
            log.info("Refused a sign-in with the provider: its '{}' claim names none of the planner's values "
                    + "(subject {})", roles.claim(), identity.subject());
            return new OAuth2AuthenticationException(new OAuth2Error(NOT_ALLOWED,
                    "The provider's '" + roles.claim() + "' claim does not let this person use the planner", null));
        });
        AccountSummary account;
        try {
            account = accounts.signInFromProvider(identity, role);
        } catch (DataIntegrityViolationException concurrentFirstSignIn) {
            // The same person's first sign-in in two tabs, or two people given the same free name at once: the
            // other transaction won; this one finds its account, or the next free name, on a second look.
            account = accounts.signInFromProvider(identity, role);
        }
        return new ProviderSignedInAccount(account.id(), account.username(), account.role(), idToken);
    }
}
