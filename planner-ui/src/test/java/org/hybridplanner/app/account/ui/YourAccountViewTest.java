package org.hybridplanner.app.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.AccountService;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.plan.ui.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class YourAccountViewTest extends ViewTestSupport {
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aUserChangesTheirOwnPasswordAfterGivingTheCurrentOne() {
        AccountFixtures.signIn(AccountFixtures.account(context, "admin", Role.ADMIN), "admin", Role.ADMIN);
        long dora = accounts.accountId("dora").orElseGet(() -> accounts.create("dora", "dora-first-password",
                Role.USER).id());
        AccountFixtures.signIn(dora, "dora", Role.USER);
        navigate("account", YourAccountView.class);

        change("wrong-password!", "dora-second-password", "dora-second-password");
        assertThat(field("current-password").isInvalid()).isTrue();
        assertThat(field("current-password").getErrorMessage()).isEqualTo("does not match");

        change("dora-first-password", "dora-second-password", "dora-other-password");
        assertThat(field("repeat-password").isInvalid()).isTrue();

        change("dora-first-password", "short", "short");
        assertThat(field("new-password").isInvalid()).isTrue();
        assertThat(field("new-password").getErrorMessage()).contains("at least 12");
        assertThat(passwordEncoder.matches("dora-first-password", accounts.loadUserByUsername("dora").getPassword()))
                .as("nothing changed yet").isTrue();

        change("dora-first-password", "dora-second-password", "dora-second-password");
        assertThat(field("current-password").isInvalid()).isFalse();
        assertThat(field("new-password").getValue()).isEmpty();
        assertThat(passwordEncoder.matches("dora-second-password", accounts.loadUserByUsername("dora").getPassword()))
                .isTrue();
    }

    @Test
    void someoneWhoSignsInWithTheProviderHasNoPasswordToChangeHere() {
        long hedy = AccountFixtures.providerAccount(context, "hedy", Role.USER);
        AccountFixtures.signIn(hedy, "hedy", Role.USER);
        navigate("account", YourAccountView.class);

        assertThat($(PasswordField.class).exists()).isFalse();
        assertThat($(Button.class).withId("change-password").exists()).isFalse();
        assertThat($(Paragraph.class).id("signs-in-with-provider").getText()).contains("You sign in with",
                "managed there");
        assertThatThrownBy(() -> accounts.changeOwnPassword("", "hedy-new-password"))
                .isInstanceOf(IllegalStateException.class);
    }

    private void change(String current, String chosen, String repeated) {
        test(field("current-password")).setValue(current);
        test(field("new-password")).setValue(chosen);
        test(field("repeat-password")).setValue(repeated);
        test($(Button.class).id("change-password")).click();
    }

    private PasswordField field(String id) {
        return $(PasswordField.class).id(id);
    }
}
