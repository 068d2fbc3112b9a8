package org.hybridplanner.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP sessions that are signed in. Signing in gives a session the signed-in lifetime (anonymous sessions keep
 * the short default) and remembers the account's generation of sessions, read with the password that signed in. A
 * password change starts a new generation in the database, so it reaches every instance of the planner: at its next
 * request, on whichever instance it lives, a session of an earlier generation is invalidated, as a timeout would, and
 * the planner asks the browser to sign in. The session that made the change joins the new generation and stays.
 * That costs one primary-key read per request of a signed-in browser.
 */
@Component
class SignedInSessions implements SessionAuthenticationStrategy {
    private static final String ACCOUNT_ID = SignedInSessions.class.getName() + ".accountId";
    private static final String GENERATION = SignedInSessions.class.getName() + ".generation";

    private final SessionLifetimes lifetimes;
    private final AccountRepository accounts;

    SignedInSessions(SessionLifetimes lifetimes, AccountRepository accounts) {
        this.lifetimes = lifetimes;
        this.accounts = accounts;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        if (!(authentication.getPrincipal() instanceof SignedInAccount account)) {
            return;
        }
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(Math.toIntExact(lifetimes.signedInTimeout().toSeconds()));
        session.setAttribute(ACCOUNT_ID, account.accountId());
        session.setAttribute(GENERATION, account.sessionGeneration());
    }

    /**
     * The filter that ends sessions of an earlier generation, for the security chain to run once the request's
     * session is known and before anything reads who is signed in. Not a bean: as one, Spring Boot would also
     * register it outside the chain.
     */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null && outdated(session)) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                }
                chain.doFilter(request, response);
            }
        };
    }

    private boolean outdated(HttpSession session) {
        if (!(session.getAttribute(ACCOUNT_ID) instanceof Long accountId)
                || !(session.getAttribute(GENERATION) instanceof Long generation)) {
            return false;
        }
        Optional<Long> current = accounts.findSessionGenerationById(accountId);
        return current.isEmpty() || current.get() != generation.longValue();
    }

    /** After the password change is stored (a rolled-back change ends nothing): the changing session stays. */
    @TransactionalEventListener(fallbackExecution = true)
    void passwordChanged(PasswordChanged changed) {
        HttpSession session = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                attributes ? attributes.getRequest().getSession(false) : null;
        if (session != null && session.getAttribute(ACCOUNT_ID) instanceof Long accountId
                && accountId == changed.accountId()) {
            session.setAttribute(GENERATION, changed.sessionGeneration());
        }
    }
}
