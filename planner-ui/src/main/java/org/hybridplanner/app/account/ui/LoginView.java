package org.hybridplanner.app.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Sign-in with a local account. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Hybrid topology planner")
@AnonymousAllowed
public final class LoginView extends VerticalLayout implements BeforeEnterObserver {
    private final LoginForm form = loginForm();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(heading(), hint(), form);
    }

    private static H1 heading() {
        H1 heading = new H1("Hybrid topology planner");
        heading.addClassNames(LumoUtility.FontSize.XXLARGE);
        return heading;
    }

    private static Paragraph hint() {
        Paragraph hint = new Paragraph("Plan Azure Data Factory integration runtimes, connectivity and firewall rules. "
                + "First start: sign in as 'admin' with PLANNER_ADMIN_PASSWORD or the password in the server log.");
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.MaxWidth.SCREEN_SMALL,
                LumoUtility.TextAlignment.CENTER);
        return hint;
    }

    private static LoginForm loginForm() {
        LoginForm form = new LoginForm();
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
