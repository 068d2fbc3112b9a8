package org.hybridplanner.app.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.hybridplanner.app.plan.ui.ViewTestSupport;
import org.junit.jupiter.api.Test;

class LoginViewTest extends ViewTestSupport {

    @Test
    void aBlockedSignInSaysWhyAndWhatToDo() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("blocked", "")));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        // The texts travel to the browser in the form's i18n property.
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Too many failed sign-ins",
                "Wait a few minutes");
    }

    @Test
    void aPlainSignInShowsNoErrorAndNoSharedPlanNote() {
        navigate("login", LoginView.class);

        assertThat($(LoginForm.class).single().isError()).isFalse();
        assertThat($(Paragraph.class).withId("login-shared-plan").exists()).isFalse();
        assertThat($(Paragraph.class).withId("login-provider-problem").exists()).isFalse();
        assertThat($(Anchor.class).withId("sign-in-with-provider").exists()).as("no provider configured").isFalse();
    }

    @Test
    void aSignInTheProviderRefusedOrThatFailedSaysSo() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("sso-refused", "")));
        assertThat($(Paragraph.class).id("login-provider-problem").getText()).contains("does not give you access");

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("sso-failed", "")));
        assertThat($(Paragraph.class).id("login-provider-problem").getText()).contains("did not work");
    }
}
