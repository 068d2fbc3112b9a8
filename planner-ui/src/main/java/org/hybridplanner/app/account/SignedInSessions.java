package org.hybridplanner.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The HTTP sessions that are signed in, per account, on this server instance. Signing in gives a session the
 * signed-in lifetime (anonymous sessions keep the short default); a password change ends the account's other
 * sessions, keeping the one that made the change. Ended sessions are invalidated at once, as a timeout would: the
 * browser's next request finds no session and the planner asks it to sign in.
 */
@Component
class SignedInSessions implements SessionAuthenticationStrategy, HttpSessionListener {
    private static final String ACCOUNT_ID = SignedInSessions.class.getName() + ".accountId";

    private final SessionLifetimes lifetimes;
    private final ConcurrentMap<Long, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();

    SignedInSessions(SessionLifetimes lifetimes) {
        this.lifetimes = lifetimes;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        if (!(authentication.getPrincipal() instanceof SignedInAccount account)) {
            return;
        }
        HttpSession session = request.getSession();
        forget(session);
        session.setMaxInactiveInterval(Math.toIntExact(lifetimes.signedInTimeout().toSeconds()));
        session.setAttribute(ACCOUNT_ID, account.accountId());
        byAccount.compute(account.accountId(), (id, sessions) -> {
            Set<HttpSession> signedIn = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
            signedIn.add(session);
            return signedIn;
        });
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        forget(event.getSession());
    }

    /** After the password change is stored: a rolled-back change ends nothing. */
    @TransactionalEventListener(fallbackExecution = true)
    void passwordChanged(PasswordChanged changed) {
        String keep = currentSessionId();
        for (HttpSession session : List.copyOf(byAccount.getOrDefault(changed.accountId(), Set.of()))) {
            if (!session.getId().equals(keep)) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    forgetFrom(changed.accountId(), session);
                }
            }
        }
    }

    private void forget(HttpSession session) {
        Object accountId;
        try {
            accountId = session.getAttribute(ACCOUNT_ID);
        } catch (IllegalStateException invalidated) {
            return;
        }
        if (accountId instanceof Long id) {
            forgetFrom(id, session);
        }
    }

    private void forgetFrom(long accountId, HttpSession session) {
        byAccount.computeIfPresent(accountId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** The session of the request making the change; none for a change outside a request (the command line). */
    private static String currentSessionId() {
        HttpSession session = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                attributes ? attributes.getRequest().getSession(false) : null;
        return session == null ? "" : session.getId();
    }
}
