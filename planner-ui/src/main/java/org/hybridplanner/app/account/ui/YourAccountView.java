package org.hybridplanner.app.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.hybridplanner.app.account.AccountService;
import org.hybridplanner.app.account.PasswordRefusedException;
import org.hybridplanner.app.account.SignInMethod;
import org.hybridplanner.app.account.SignInOptions;

/**
 * Every signed-in user's own account: changing the password (the first-start admin's password is generated or set
 * by the operator, so it must be changeable from the planner). An account that signs in with the organisation's
 * provider has no password here: the page says where its sign-in is managed instead.
 */
@Route("account")
@PageTitle("Your account · Hybrid topology planner")
@Menu(order = 4, title = "Your account")
@PermitAll
public final class YourAccountView extends VerticalLayout {
    private final transient AccountService accounts;
    private final PasswordField current = field("current-password", "Current password");
    private final PasswordField chosen = field("new-password", "New password");
    private final PasswordField repeated = field("repeat-password", "New password again");

    YourAccountView(AccountService accounts, SignInOptions options) {
        this.accounts = accounts;
        add(new H2("Your account"));
        if (accounts.own().signIn() == SignInMethod.SINGLE_SIGN_ON) {
            Paragraph managedThere = new Paragraph("You sign in with " + options.providerName()
                    .orElse("your organisation's account") + ": your password and your sign-in are managed there, "
                    + "and your role in the planner comes from it each time you sign in. Your API tokens are under "
                    + "API tokens.");
            managedThere.setId("signs-in-with-provider");
            add(managedThere);
            return;
        }
        chosen.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters");
        Button change = new Button("Change password", click -> change());
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, chosen, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("24em");
        add(new Paragraph("Changing your password signs you out everywhere else; this "
                + "session and your API tokens stay valid (revoke tokens under API tokens)."), form, change);
    }

    private static PasswordField field(String id, String label) {
        PasswordField field = new PasswordField(label);
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private void change() {
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setInvalid(false);
        }
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage("Does not match the new password");
            repeated.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), chosen.getValue());
        } catch (PasswordRefusedException e) {
            PasswordField atFault = e.field() == PasswordRefusedException.Field.CURRENT ? current : chosen;
            atFault.setErrorMessage(e.problem());
            atFault.setInvalid(true);
            return;
        }
        current.clear();
        chosen.clear();
        repeated.clear();
        Notification.show("Password changed.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
