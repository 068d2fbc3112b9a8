package org.hybridplanner.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.hybridplanner.app.base.FailureCounts;
import org.hybridplanner.app.base.FailureLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: at most {@code planner.sign-in.failures-per-window} wrong passwords (default 10)
 * from one address are checked within {@code planner.sign-in.failure-window} (default 5 minutes); further sign-in
 * attempts from that address are turned away until the window ends, right passwords included, without checking them.
 * The sign-in page then says so ({@code /login?blocked}). Each attempt takes its place before its password is
 * checked and gives it back only when it signs in, so a burst of simultaneous attempts cannot check more; an attempt
 * that finds every place held by attempts still being checked (not by failures) waits for one, up to
 * {@code planner.sign-in.wait} (default 5 s), so a burst of right passwords from one address (colleagues behind one
 * NAT) signs in. Every instance of the planner on one database counts in the same table, so the limit holds across
 * instances.
 */
@Component
public class SignInLimiter {
    private final FailureLimiter failures;

    SignInLimiter(FailureCounts counts, Clock clock, @Value("${planner.sign-in.failures-per-window:10}") int limit,
            @Value("${planner.sign-in.failure-window:5m}") Duration window,
            @Value("${planner.sign-in.tracked-clients:10000}") int maxClients,
            @Value("${planner.sign-in.wait:5s}") Duration longestWait) {
        this.failures = new FailureLimiter(counts, "sign-in", clock, limit, window, maxClients, longestWait);
    }

    /**
     * The filter that turns blocked sign-in attempts away, for the security chain to run just before the filter
     * that checks the password. Not a bean: as one, Spring Boot would also register it outside the chain.
     */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod())
                        && request.getRequestURI().equals(request.getContextPath() + "/login"));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                Optional<FailureLimiter.Attempt> attempt = failures.attempt(request.getRemoteAddr());
                if (attempt.isEmpty()) {
                    response.sendRedirect(request.getContextPath() + "/login?blocked");
                    return;
                }
                try (FailureLimiter.Attempt checked = attempt.get()) {
                    chain.doFilter(request, response);
                    // The password filter leaves the new sign-in in the security context (and clears it on failure)
                    // until the outermost security filter finishes the request.
                    if (signedIn(SecurityContextHolder.getContext().getAuthentication())) {
                        checked.succeeded();
                    }
                }
            }
        };
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
