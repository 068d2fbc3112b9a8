package org.hybridplanner.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderUsernameTest {
    private static final String ANY_ISSUER = "https://login.microsoftonline.com/tenant/v2.0";

    @Test
    void takesThePartBeforeTheAtOfThePreferredUsernameInLowerCase() {
        assertThat(base("Ada.Lovelace@contoso.example", "other@contoso.example")).isEqualTo("ada.lovelace");
    }

    @Test
    void fallsBackToTheEmailAndThenToAPlainName() {
        assertThat(base(null, "grace@contoso.example")).isEqualTo("grace");
        assertThat(base(" ", null)).isEqualTo("user");
        assertThat(base("@contoso.example", null)).isEqualTo("contoso.example");
    }

    @Test
    void shapesAnythingIntoTheNameRules() {
        assertThat(base("José Núñez@contoso.example", null)).isEqualTo("jose-nunez");
        assertThat(base("_<script>alert(1)</script>", null)).isEqualTo("script-alert-1-script");
        assertThat(base("\u202Eevil\u202C", null)).isEqualTo("evil");
        assertThat(base("x", null)).as("too short").isEqualTo("user");
        assertThat(base("a".repeat(100), null)).hasSize(56);
    }

    @Test
    void everyBaseAndItsCandidatesPassTheUsernameRules() {
        for (String hint : new String[] {"Ada.Lovelace@contoso.example", "José Núñez", "\u202Eevil", "a".repeat(100),
                "--..__", "名前@contoso.example", "o'brien@contoso.example"}) {
            String base = base(hint, null);
            assertThat(ProviderUsername.candidate(base, 1)).isEqualTo(base);
            for (String candidate : new String[] {base, ProviderUsername.candidate(base, 2),
                    ProviderUsername.candidate(base, 1_000_000)}) {
                assertThat(candidate).as(hint).matches("[a-z0-9][a-z0-9._-]{1,63}");
            }
        }
    }

    private static String base(String preferredUsername, String email) {
        return ProviderUsername.base(new ProviderIdentity(ANY_ISSUER, "subject", preferredUsername, email));
    }
}
