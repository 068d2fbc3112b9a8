package org.hybridplanner.app.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.hybridplanner.app.account.AccountService;
import org.hybridplanner.app.account.AccountSummary;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.account.SignInMethod;

/**
 * Admins list accounts, add new local ones and set a new password for someone who forgot theirs. Accounts of the
 * organisation's sign-in provider appear at their first sign-in, with the role the provider gives; they have no
 * password here. With local accounts switched off, there is no form to add one.
 */
@Route("accounts")
@PageTitle("Accounts · Hybrid topology planner")
@Menu(order = 2, title = "Accounts")
@RolesAllowed("ADMIN")
public final class AccountsView extends VerticalLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final transient AccountService accounts;
    private final Grid<AccountSummary> grid = accountGrid();
    private final TextField username = new TextField("Account name");
    private final PasswordField password = new PasswordField("Initial password");
    private final Select<Role> role = roleSelect();
    private final Binder<NewAccount> binder = new Binder<>(NewAccount.class);

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        grid.addComponentColumn(account -> {
            if (account.signIn() != SignInMethod.PASSWORD) {
                return new Span();
            }
            Button set = new Button("Set password", click -> askPassword(account));
            set.addClassName("account-set-password");
            set.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return set;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        bindForm();
        add(new H2("Accounts"));
        if (accounts.localAccountsEnabled()) {
            add(newAccountForm());
        }
        add(grid);
        refresh();
    }

    private static Grid<AccountSummary> accountGrid() {
        Grid<AccountSummary> grid = new Grid<>();
        grid.addColumn(AccountSummary::username).setHeader("Account");
        grid.addColumn(account -> account.role().displayName()).setHeader("Role");
        grid.addColumn(account -> account.signIn() == SignInMethod.PASSWORD ? "Password" : "Single sign-on")
                .setHeader("Signs in with");
        grid.addColumn(account -> WHEN.format(account.createdAt())).setHeader("Created");
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Select<Role> roleSelect() {
        Select<Role> select = new Select<>();
        select.setLabel("Role");
        select.setItems(Role.values());
        select.setItemLabelGenerator(Role::displayName);
        return select;
    }

    private void bindForm() {
        username.setValueChangeMode(ValueChangeMode.EAGER);
        password.setValueChangeMode(ValueChangeMode.EAGER);
        binder.forField(username).withValidator((name, context) -> result(accounts.usernameProblem(name)))
                .bind(NewAccount::getUsername, NewAccount::setUsername);
        binder.forField(password).withValidator((value, context) -> result(AccountService.passwordProblem(value)))
                .bind(NewAccount::getPassword, NewAccount::setPassword);
        binder.forField(role).asRequired().bind(NewAccount::getRole, NewAccount::setRole);
        binder.setBean(new NewAccount());
    }

    private static ValidationResult result(String problem) {
        return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
    }

    private HorizontalLayout newAccountForm() {
        Button add = new Button("Add account", click -> addAccount());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, password, role, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void addAccount() {
        if (binder.validate().isOk()) {
            NewAccount draft = binder.getBean();
            accounts.create(draft.getUsername(), draft.getPassword(), draft.getRole());
            Notification.show("Added " + draft.getUsername());
            binder.setBean(new NewAccount());
            refresh();
        }
    }

    /** For someone who forgot their password: the admin sets a new one and passes it on; they change it later. */
    private void askPassword(AccountSummary account) {
        Dialog dialog = new Dialog();
        dialog.setId("set-password-dialog");
        dialog.setHeaderTitle("New password for " + account.username());
        PasswordField field = new PasswordField("New password");
        field.setId("set-password-value");
        field.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters. Pass it on safely; "
                + account.username() + " can change it under Your account.");
        field.setWidthFull();
        Button save = new Button("Set password", click -> {
            try {
                accounts.setPassword(account.id(), field.getValue());
                dialog.close();
                Notification.show("Password set for " + account.username());
            } catch (IllegalArgumentException e) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            }
        });
        save.setId("set-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(field);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    /** The form's bean: mutable because Binder writes into it field by field. */
    static final class NewAccount {
        private String username = "";
        private String password = "";
        private Role role = Role.USER;

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }

        Role getRole() {
            return role;
        }

        void setRole(Role role) {
            this.role = role;
        }
    }
}
