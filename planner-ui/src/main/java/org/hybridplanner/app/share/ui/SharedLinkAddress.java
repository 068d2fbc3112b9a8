package org.hybridplanner.app.share.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address of a shared link, built from the request the owner is using: the planner has no configured
 * public URL, and the address the owner reaches it by is the one most likely to work for the people they share with.
 */
final class SharedLinkAddress {
    private SharedLinkAddress() {
    }

    static String of(String token) {
        VaadinRequest current = VaadinRequest.getCurrent();
        if (current instanceof VaadinServletRequest servletRequest) {
            HttpServletRequest http = servletRequest.getHttpServletRequest();
            return ServletUriComponentsBuilder.fromContextPath(http).path("/shared/{token}").buildAndExpand(token)
                    .toUriString();
        }
        // Outside a servlet request (not expected in the planner) a relative address is still correct to paste.
        return "/shared/" + token;
    }
}
