package org.hybridplanner.app.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/** Sign-in with a local account. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Hybrid topology planner")
@AnonymousAllowed
public final class LoginView extends VerticalLayout implements BeforeEnterObserver {
    /** Where edit links lead (see the share package's {@code EditLinkView}); named here to explain the sign-in. */
    private static final String EDIT_LINK_PATH = "/edit-link/";

    private final LoginForm form = loginForm();
    private final Paragraph sharedPlan = sharedPlanNote();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(heading(), hint(), sharedPlan, form);
    }

    private static Paragraph sharedPlanNote() {
        Paragraph note = new Paragraph("Someone shared a plan with you for editing: sign in with your account on this "
                + "planner to open it.");
        note.setId("login-shared-plan");
        note.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextAlignment.CENTER);
        note.setVisible(false);
        return note;
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
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean blocked = parameters.containsKey("blocked");
        if (blocked) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Too many wrong passwords were tried from your address. Wait a few "
                    + "minutes, then sign in again.");
            form.setI18n(i18n);
        }
        form.setError(blocked || parameters.containsKey("error"));
        sharedPlan.setVisible(cameForAnEditLink());
    }

    /** Whether sign-in was asked for on the way to an edit link (Spring Security saved that request). */
    private static boolean cameForAnEditLink() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)) {
            return false;
        }
        SavedRequest saved = new HttpSessionRequestCache().getRequest(request.getHttpServletRequest(), null);
        return saved != null && saved.getRedirectUrl().contains(EDIT_LINK_PATH);
    }
}
