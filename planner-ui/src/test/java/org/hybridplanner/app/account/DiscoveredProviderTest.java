package org.hybridplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/** The provider's discovery document is read at the first sign-in, and again after a failed read. */
class DiscoveredProviderTest {

    @Test
    void aProviderUnreachableAtFirstIsReadAtTheNextSignIn() throws IOException {
        int port = freePort();
        DiscoveredProvider provider = new DiscoveredProvider(settings("http://localhost:" + port + "/contoso", ""));

        assertThatThrownBy(() -> provider.findByRegistrationId("sso")).isInstanceOf(IllegalStateException.class)
                .hasMessage("The sign-in provider cannot be reached");

        MockOAuth2Server server = new MockOAuth2Server();
        server.start(port);
        try {
            ClientRegistration registration = provider.findByRegistrationId("sso");
            assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo(server.issuerUrl("contoso")
                    .toString());
            assertThat(registration.getProviderDetails().getConfigurationMetadata()).containsKey(
                    "end_session_endpoint");
            assertThat(registration.getClientName()).isEqualTo("Contoso");
            assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile", "email");
            assertThat(registration.getClientAuthenticationMethod()).as("no secret: a public client")
                    .isEqualTo(ClientAuthenticationMethod.NONE);
            assertThat(provider.findByRegistrationId("another")).isNull();
        } finally {
            server.shutdown();
        }
    }

    private static SingleSignOnSettings settings(String issuer, String secret) {
        return new SingleSignOnSettings(issuer, "planner", secret, "Contoso", "roles", List.of(), List.of(), true);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
