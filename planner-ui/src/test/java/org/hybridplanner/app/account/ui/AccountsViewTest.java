package org.hybridplanner.app.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.AccountService;
import org.hybridplanner.app.account.AccountSummary;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.plan.ui.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountsViewTest extends ViewTestSupport {
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void anAdminSetsANewPasswordForSomeoneWhoForgotTheirs() {
        AccountFixtures.signIn(AccountFixtures.account(context, "admin", Role.ADMIN), "admin", Role.ADMIN);
        if (accounts.accountId("erin").isEmpty()) {
            accounts.create("erin", "erin-first-password", Role.USER);
        }
        navigate("accounts", AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = $(Grid.class).single();
        int row = grid.getListDataView().getItems().map(AccountSummary::username).toList().indexOf("erin");
        int roleColumn = grid.getColumns().stream().map(Grid.Column::getHeaderText).toList().indexOf("Role");
        assertThat(test(grid).getCellText(row, roleColumn)).as("the planner's word, not the code").isEqualTo("User");
        test((Button) test(grid).getCellComponent(row, grid.getColumns().size() - 1)).click();
        assertThat($(Dialog.class).id("set-password-dialog").isOpened()).isTrue();

        test($(PasswordField.class).id("set-password-value")).setValue("short");
        test($(Button.class).id("set-password-save")).click();
        assertThat($(PasswordField.class).id("set-password-value").getErrorMessage()).contains("at least 12");

        test($(PasswordField.class).id("set-password-value")).setValue("erin-reset-password");
        test($(Button.class).id("set-password-save")).click();
        assertThat(passwordEncoder.matches("erin-reset-password", accounts.loadUserByUsername("erin").getPassword()))
                .isTrue();
    }

    @Test
    void accountsOfTheSignInProviderShowHowTheySignInAndHaveNoPasswordToSet() {
        AccountFixtures.signIn(AccountFixtures.account(context, "admin", Role.ADMIN), "admin", Role.ADMIN);
        long hedy = AccountFixtures.providerAccount(context, "hedy", Role.USER);
        navigate("accounts", AccountsView.class);
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = $(Grid.class).single();
        int row = grid.getListDataView().getItems().map(AccountSummary::username).toList().indexOf("hedy");

        assertThat(test(grid).getCellText(row, 2)).isEqualTo("Single sign-on");
        assertThat(test(grid).getCellComponent(row, grid.getColumns().size() - 1)).isNotInstanceOf(Button.class);
        assertThatThrownBy(() -> accounts.setPassword(hedy, "hedy-new-password"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signs in with single sign-on");
    }

    @Test
    void onlyAdminsSetOtherPeoplesPasswords() {
        long frank = signIn("frank");

        assertThatThrownBy(() -> accounts.setPassword(frank, "frank-new-password"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
