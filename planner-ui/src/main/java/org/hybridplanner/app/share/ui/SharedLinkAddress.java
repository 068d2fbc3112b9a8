package org.hybridplanner.app.share.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address of a share link, built from the request the owner is using: the planner has no configured
 * public URL, and the address the owner reaches it by is the one most likely to work for the people they share with.
 */
final class SharedLinkAddress {
    private SharedLinkAddress() {
    }

    /** {@code path}: the link's address relative to the planner, e.g. {@code shared/<token>}. */
    static String of(String path) {
        VaadinRequest current = VaadinRequest.getCurrent();
        if (current instanceof VaadinServletRequest servletRequest) {
            HttpServletRequest http = servletRequest.getHttpServletRequest();
            return ServletUriComponentsBuilder.fromContextPath(http).path("/" + path).build().toUriString();
        }
        // Outside a servlet request (not expected in the planner) a relative address is still correct to paste.
        return "/" + path;
    }
}
