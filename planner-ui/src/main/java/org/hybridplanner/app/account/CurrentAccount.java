package org.hybridplanner.app.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, for services that enforce ownership on the server. */
@Component
public class CurrentAccount {

    /** The signed-in account; refuses anonymous callers. */
    public SignedInAccount require() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account) {
            return account;
        }
        throw new AccessDeniedException("Sign in first");
    }
}
