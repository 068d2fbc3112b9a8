package org.hybridplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SingleSignOnSettingsTest {

    @Test
    void isOffWithoutAnIssuer() {
        assertThat(settings("", "", "secret").enabled()).isFalse();
    }

    @Test
    void anIssuerNeedsAClientIdAndHttpsExceptOnThisMachine() {
        assertThatThrownBy(() -> settings("https://login.microsoftonline.com/t/v2.0", "", ""))
                .hasMessageContaining("PLANNER_SSO_CLIENT_ID");
        assertThatThrownBy(() -> settings("http://idp.contoso.example/t", "planner", ""))
                .hasMessageContaining("must be an https address");
        assertThat(settings("http://localhost:8180/realms/t", "planner", "").enabled()).isTrue();
        assertThat(settings("https://login.microsoftonline.com/t/v2.0", "planner", "").enabled()).isTrue();
    }

    @Test
    void neverPrintsTheClientSecret() {
        assertThat(settings("https://login.microsoftonline.com/t/v2.0", "planner", "s3cr3t-value").toString())
                .doesNotContain("s3cr3t-value").contains("clientSecret=(set)");
    }

    private static SingleSignOnSettings settings(String issuer, String clientId, String secret) {
        return new SingleSignOnSettings(issuer, clientId, secret, "Contoso", "roles", List.of(" Planner.Admin "),
                List.of(""), true);
    }
}
