package org.hybridplanner.app.share.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import org.hybridplanner.app.share.JoinedLink;
import org.hybridplanner.app.share.ShareAccess;
import org.hybridplanner.app.share.ShareLinkExpiredException;
import org.hybridplanner.app.share.ShareLinkNotFoundException;
import org.hybridplanner.app.share.ShareLinkService;
import org.hybridplanner.app.share.TooManyGuessesException;

/**
 * Where an edit link leads: any signed-in user (an anonymous visitor is sent to sign in first and comes back here).
 * A usable edit link gives the user edit rights and forwards to the editor, so the secret leaves the address bar; a
 * view link goes to its read-only page; anything else explains itself here.
 */
@Route("edit-link/:token")
@PageTitle("Shared plan · Hybrid topology planner")
@PermitAll
public final class EditLinkView extends VerticalLayout implements BeforeEnterObserver {
    private final transient ShareLinkService shareLinks;

    EditLinkView(ShareLinkService shareLinks) {
        this.shareLinks = shareLinks;
        setId("edit-link");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            JoinedLink joined = shareLinks.join(token, client());
            if (joined.access() == ShareAccess.EDIT) {
                // No query parameters: sign-in leaves Spring Security's "?continue" marker on the way back here.
                event.forwardTo("plans/" + joined.planId(), QueryParameters.empty());
            } else {
                // The read-only page is server-rendered, outside the planner's router.
                event.getUI().getPage().setLocation(contextPath() + "/" + ShareAccess.VIEW.path(token));
            }
        } catch (ShareLinkNotFoundException e) {
            explain("Link not found", "This link does not exist or was revoked by the plan's owner. Ask them for a "
                    + "new one.");
        } catch (ShareLinkExpiredException e) {
            explain("Link expired", "This link has expired. Ask the plan's owner for a new one.");
        } catch (TooManyGuessesException e) {
            explain("Too many attempts", "Too many unknown links were tried from your address. Wait a minute and "
                    + "try again.");
        }
    }

    private void explain(String title, String text) {
        removeAll();
        H2 heading = new H2(title);
        heading.setId("edit-link-problem");
        Anchor plans = new Anchor("", "Go to your plans");
        add(heading, new Paragraph(text), plans);
    }

    private static String contextPath() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getContextPath();
    }

    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
