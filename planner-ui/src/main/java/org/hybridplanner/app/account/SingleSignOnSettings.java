package org.hybridplanner.app.account;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with an OpenID Connect provider ({@code planner.sso.*}, set through the {@code PLANNER_SSO_*} environment
 * variables named in application.properties; see docs/single-sign-on.md). Off while the issuer is empty.
 *
 * @param issuerUri the provider's issuer; its discovery document is read at the first sign-in
 * @param clientId the planner's client id (Entra ID: the application (client) ID)
 * @param clientSecret the client secret; empty for a public client, which then proves itself with PKCE alone
 * @param displayName what the sign-in page's link names: "Sign in with ..."
 * @param roleClaim the ID token claim that carries app roles or groups ({@code roles} or {@code groups} in Entra)
 * @param adminValues values of that claim that make the account an admin
 * @param userValues values of that claim that let someone use the planner; empty lets in everyone the provider
 *         signs in
 * @param providerSignOut whether signing out of the planner also signs out at the provider
 */
@ConfigurationProperties("planner.sso")
record SingleSignOnSettings(@DefaultValue("") String issuerUri, @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret, @DefaultValue("your organisation's account") String displayName,
        @DefaultValue("roles") String roleClaim, @DefaultValue({}) List<String> adminValues,
        @DefaultValue({}) List<String> userValues, @DefaultValue("true") boolean providerSignOut) {

    SingleSignOnSettings {
        issuerUri = issuerUri.strip();
        clientId = clientId.strip();
        adminValues = cleaned(adminValues);
        userValues = cleaned(userValues);
        if (!issuerUri.isEmpty()) {
            if (clientId.isEmpty()) {
                throw new IllegalArgumentException("planner.sso.client-id (PLANNER_SSO_CLIENT_ID) is needed when "
                        + "planner.sso.issuer-uri (PLANNER_SSO_ISSUER) is set");
            }
            if (!secureOrLoopback(issuerUri)) {
                throw new IllegalArgumentException("planner.sso.issuer-uri (PLANNER_SSO_ISSUER) must be an https "
                        + "address (plain http only on this machine): " + issuerUri);
            }
            if (roleClaim.isBlank()) {
                throw new IllegalArgumentException("planner.sso.role-claim (PLANNER_SSO_ROLE_CLAIM) must name a "
                        + "claim");
            }
        }
    }

    boolean enabled() {
        return !issuerUri.isEmpty();
    }

    ProviderRoles roles() {
        return new ProviderRoles(roleClaim, Set.copyOf(adminValues), Set.copyOf(userValues));
    }

    /** Never prints the client secret. */
    @Override
    public String toString() {
        return "SingleSignOnSettings[issuerUri=" + issuerUri + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret.isEmpty() ? "(none)" : "(set)") + ", displayName=" + displayName + ", roleClaim="
                + roleClaim + ", adminValues=" + adminValues + ", userValues=" + userValues + ", providerSignOut="
                + providerSignOut + "]";
    }

    private static List<String> cleaned(List<String> values) {
        return values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static boolean secureOrLoopback(String issuer) {
        try {
            URI uri = URI.create(issuer);
            return "https".equals(uri.getScheme()) || "http".equals(uri.getScheme())
                    && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
