package org.hybridplanner.app.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replaces Vaadin's default error page, which would show the exception's message, with a reference to quote. */
@PermitAll
public final class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {
    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error while opening {} (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        removeAll();
        add(new H2("Something went wrong"), new Paragraph("The page could not be shown (reference " + reference
                + "). Your saved plans are safe."), new Anchor("", "Back to your plans"));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
