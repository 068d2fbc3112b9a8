package org.hybridplanner.app.account;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * After signing out of the planner: someone who signed in with the provider is sent to the provider's end-session
 * endpoint (with the ID token as a hint), which signs them out there too and sends them back to the planner's
 * sign-in page; someone with a local account goes to the planner's start page, as before. Redirects through
 * Vaadin's client when sign-out is a click in the planner.
 */
final class ProviderSignOut extends OidcClientInitiatedLogoutSuccessHandler {
    ProviderSignOut(ClientRegistrationRepository registrations) {
        super(registrations);
        setRedirectStrategy(new UidlRedirectStrategy());
        setDefaultTargetUrl("/");
        setPostLogoutRedirectUri("{baseUrl}/login");
    }

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (response == null) {
            // Vaadin signs out without a response when the click arrives over a push connection.
            getRedirectStrategy().sendRedirect(request, null, determineTargetUrl(request, null, authentication));
        } else {
            super.handle(request, response, authentication);
        }
    }
}
