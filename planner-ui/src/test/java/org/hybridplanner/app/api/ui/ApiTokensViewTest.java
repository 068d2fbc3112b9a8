package org.hybridplanner.app.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.hybridplanner.app.api.ApiTokenService;
import org.hybridplanner.app.plan.ui.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiTokensViewTest extends ViewTestSupport {
    @Autowired
    ApiTokenService apiTokens;

    @Test
    void aNewTokenIsShownOnceWorksAndStopsWorkingWhenRevoked() {
        signIn("alice");
        navigate("api-tokens", ApiTokensView.class);
        assertThat(test(tokens()).size()).isZero();

        test($(TextField.class).id("api-token-label")).setValue("CI pipeline");
        test($(Button.class).id("api-token-create")).click();

        TextField created = $(TextField.class).id("api-token-created");
        String token = created.getValue();
        assertThat(created.isVisible()).isTrue();
        assertThat(created.getHelperText()).contains("will not be shown again");
        assertThat(token).startsWith("htp_");
        assertThat(test(tokens()).size()).isEqualTo(1);
        assertThat(test(tokens()).getCellText(0, 0)).isEqualTo("CI pipeline");
        assertThat(apiTokens.authenticate(token)).isPresent();

        // Navigating to the current route keeps its view; leave it and come back, as a person would.
        navigate("", com.vaadin.flow.component.Component.class);
        navigate("api-tokens", ApiTokensView.class);
        assertThat($(TextField.class).withId("api-token-created").exists()).isFalse();
        Button revoke = (Button) test(tokens()).getCellComponent(0, tokens().getColumns().size() - 1);
        test(revoke).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("api-token-revoke-confirm");
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).confirm();

        assertThat(test(tokens()).size()).isZero();
        assertThat(apiTokens.authenticate(token)).isEmpty();
    }

    @Test
    void eachUserSeesOnlyTheirOwnTokens() {
        signIn("alice");
        apiTokens.create("alice's script");
        signIn("bob");

        navigate("api-tokens", ApiTokensView.class);

        assertThat(test(tokens()).size()).isZero();
    }

    @Test
    void aLabelWithADirectionOverrideIsRefusedOnItsField() {
        signIn("carol");
        navigate("api-tokens", ApiTokensView.class);

        test($(TextField.class).id("api-token-label")).setValue("ci \u202Eenilepip");
        test($(Button.class).id("api-token-create")).click();

        assertThat($(TextField.class).id("api-token-label").isInvalid()).isTrue();
        assertThat($(TextField.class).id("api-token-label").getErrorMessage()).contains("U+202E");
        assertThat(test(tokens()).size()).isZero();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> tokens() {
        return $(Grid.class).id("api-tokens");
    }
}
