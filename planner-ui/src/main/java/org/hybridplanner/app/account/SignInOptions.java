package org.hybridplanner.app.account;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The ways to sign in that the sign-in page offers: a local account's password, the provider, or both. */
@Component
public class SignInOptions {
    /** Where the sign-in page's provider link leads (Spring Security's redirect to the provider). */
    public static final String PROVIDER_SIGN_IN_PATH = "oauth2/authorization/" + DiscoveredProvider.REGISTRATION_ID;

    private final boolean localAccounts;
    private final SingleSignOnSettings provider;

    SignInOptions(LocalAccountSettings localAccounts, SingleSignOnSettings provider) {
        if (!localAccounts.enabled() && !provider.enabled()) {
            throw new IllegalStateException("Local accounts are switched off (PLANNER_LOCAL_ACCOUNTS=false) and no "
                    + "single sign-on provider is configured (PLANNER_SSO_ISSUER): nobody could sign in");
        }
        this.localAccounts = localAccounts.enabled();
        this.provider = provider;
    }

    public boolean localAccounts() {
        return localAccounts;
    }

    /** The provider's name for the "Sign in with ..." link; empty without single sign-on. */
    public Optional<String> providerName() {
        return provider.enabled() ? Optional.of(provider.displayName()) : Optional.empty();
    }
}
