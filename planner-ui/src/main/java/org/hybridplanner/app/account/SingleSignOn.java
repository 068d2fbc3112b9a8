package org.hybridplanner.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Sign-in with the OpenID Connect provider in the security filter chain, when one is configured: Spring Security's
 * OAuth2 login (authorization code with PKCE, nonce, and ID token checks), the planner's own sign-in page listing it,
 * the account from {@link ProviderSignIn}, and the provider's tokens kept in the HTTP session only, which ends with
 * it. A refused or failed sign-in returns to the sign-in page, which says which.
 */
@Component
class SingleSignOn {
    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);
    /** Provider answers that mean "this person may not", as opposed to "something went wrong". */
    private static final Set<String> REFUSALS = Set.of(ProviderSignIn.NOT_ALLOWED, OAuth2ErrorCodes.ACCESS_DENIED);

    private final SingleSignOnSettings settings;
    private final AccountService accounts;
    private final DiscoveredProvider provider;

    SingleSignOn(SingleSignOnSettings settings, AccountService accounts) {
        this.settings = settings;
        this.accounts = accounts;
        this.provider = new DiscoveredProvider(settings);
    }

    void configure(HttpSecurity http, String loginPage) throws Exception {
        if (!settings.enabled()) {
            return;
        }
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(provider,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login.loginPage(loginPage)
                .clientRegistrationRepository(provider)
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                        new ProviderSignIn(accounts, settings.roles())))
                .failureHandler(this::failed)
                .withObjectPostProcessor(failuresBeforeTheProvider()));
    }

    /** The sign-out that also ends the provider's session; empty when the planner only ends its own. */
    Optional<LogoutSuccessHandler> signOut() {
        return settings.enabled() && settings.providerSignOut() ? Optional.of(new ProviderSignOut(provider))
                : Optional.empty();
    }

    /** An unreachable provider (its discovery document) comes back to the sign-in page instead of an error page. */
    private ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter> failuresBeforeTheProvider() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(SingleSignOn.this::failed);
                return filter;
            }
        };
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        boolean refused = REFUSALS.contains(code);
        if (!refused) {
            // The error code and description name what failed (an ID token's issuer or audience, for one); they
            // never hold a token or the client secret.
            log.warn("Single sign-on failed: {}", failure.getMessage());
        }
        response.sendRedirect(request.getContextPath() + "/login?" + (refused ? "sso-refused" : "sso-failed"));
    }
}
