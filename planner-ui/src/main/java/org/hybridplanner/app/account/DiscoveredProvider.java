package org.hybridplanner.app.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The planner's one client registration, read from the provider's discovery document at the first sign-in rather
 * than at start-up: the planner starts (and the command line runs) while the provider is unreachable, and a failed
 * read is tried again at the next sign-in. The issuer in the document must equal the configured one, and every ID
 * token's issuer must equal it too.
 */
final class DiscoveredProvider implements ClientRegistrationRepository {
    static final String REGISTRATION_ID = "sso";
    private static final Logger log = LoggerFactory.getLogger(DiscoveredProvider.class);

    private final SingleSignOnSettings settings;
    private volatile ClientRegistration discovered;

    DiscoveredProvider(SingleSignOnSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = discovered;
        if (known == null) {
            synchronized (this) {
                if (discovered == null) {
                    discovered = discover();
                }
                known = discovered;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        try {
            ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(REGISTRATION_ID)
                    .clientName(settings.displayName())
                    .clientId(settings.clientId())
                    .scope("openid", "profile", "email")
                    .userNameAttributeName("sub");
            if (settings.clientSecret().isEmpty()) {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
            } else {
                builder.clientSecret(settings.clientSecret());
            }
            ClientRegistration registration = builder.build();
            log.info("Read the sign-in provider's discovery document for {}", settings.issuerUri());
            return registration;
        } catch (RuntimeException e) {
            log.warn("Could not read the sign-in provider's discovery document for {}: {}", settings.issuerUri(),
                    e.getMessage());
            throw new IllegalStateException("The sign-in provider cannot be reached", e);
        }
    }
}
