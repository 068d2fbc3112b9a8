package org.hybridplanner.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.hybridplanner.app.base.FailureLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after {@code planner.sign-in.failures-per-window} wrong passwords (default 10) from
 * one address within {@code planner.sign-in.failure-window} (default 5 minutes), sign-in attempts from that address
 * are turned away until the window ends, right passwords included, without checking them. The sign-in page then
 * says so ({@code /login?blocked}).
 */
@Component
public class SignInLimiter {
    private final FailureLimiter failures;

    SignInLimiter(Clock clock, @Value("${planner.sign-in.failures-per-window:10}") int limit,
            @Value("${planner.sign-in.failure-window:5m}") Duration window,
            @Value("${planner.sign-in.tracked-clients:10000}") int maxClients) {
        this.failures = new FailureLimiter(clock, limit, window, maxClients);
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            failures.failed(details.getRemoteAddress());
        }
    }

    /**
     * The filter that turns blocked sign-in attempts away, for the security chain to run before it checks a
     * password. Not a bean: as one, Spring Boot would also register it outside the chain.
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
                if (failures.blockedFor(request.getRemoteAddr()).isPresent()) {
                    response.sendRedirect(request.getContextPath() + "/login?blocked");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
