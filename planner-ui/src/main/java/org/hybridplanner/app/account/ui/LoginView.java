package org.hybridplanner.app.account.ui;

import com.vaadin.flow.component.html.Anchor;
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
import org.hybridplanner.app.account.SignInOptions;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Sign-in: with the organisation's OpenID Connect provider when one is configured (a link to it), with a local
 * account's password unless local accounts are switched off, or both.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Hybrid topology planner")
@AnonymousAllowed
public final class LoginView extends VerticalLayout implements BeforeEnterObserver {
    /** Where edit links lead (see the share package's {@code EditLinkView}); named here to explain the sign-in. */
    private static final String EDIT_LINK_PATH = "/edit-link/";

    private final LoginForm form = loginForm();
    private final Paragraph sharedPlan = sharedPlanNote();
    private final Paragraph providerProblem = providerProblemNote();

    LoginView(SignInOptions options) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(heading(), hint(options.localAccounts()), sharedPlan, providerProblem);
        options.providerName().ifPresent(name -> add(providerLink(name)));
        if (options.localAccounts()) {
            if (options.providerName().isPresent()) {
                add(localAccountNote());
            }
            add(form);
        }
    }

    private static Anchor providerLink(String providerName) {
        // A plain link, not a route: Spring Security answers it with a redirect to the provider.
        Anchor link = new Anchor(SignInOptions.PROVIDER_SIGN_IN_PATH, "Sign in with " + providerName);
        link.setRouterIgnore(true);
        link.setId("sign-in-with-provider");
        link.addClassNames(LumoUtility.Background.PRIMARY, LumoUtility.TextColor.PRIMARY_CONTRAST,
                LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Padding.Horizontal.LARGE,
                LumoUtility.Padding.Vertical.SMALL, LumoUtility.BorderRadius.MEDIUM);
        return link;
    }

    private static Paragraph localAccountNote() {
        Paragraph note = new Paragraph("Or with an account of this planner:");
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Bottom.NONE);
        return note;
    }

    private static Paragraph providerProblemNote() {
        Paragraph note = new Paragraph();
        note.setId("login-provider-problem");
        note.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.TextAlignment.CENTER,
                LumoUtility.MaxWidth.SCREEN_SMALL);
        note.setVisible(false);
        return note;
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

    private static Paragraph hint(boolean localAccounts) {
        Paragraph hint = new Paragraph("Plan Azure Data Factory integration runtimes, connectivity and firewall rules."
                + (localAccounts ? " First start: sign in as 'admin' with PLANNER_ADMIN_PASSWORD or the password in "
                        + "the server log." : ""));
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
        if (parameters.containsKey("sso-refused")) {
            providerProblem.setText("Your organisation's sign-in does not give you access to the planner. Ask the "
                    + "people who run it to assign you its role or group.");
        } else if (parameters.containsKey("sso-failed")) {
            providerProblem.setText("Signing in with your organisation's account did not work. Try again; if it "
                    + "keeps failing, the people who run the planner find the reason in its log.");
        }
        providerProblem.setVisible(!providerProblem.getText().isEmpty());
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
