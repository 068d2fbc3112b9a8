package org.hybridplanner.app.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hybridplanner.app.base.PlannerMetrics.Limit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts requests refused by a limit, by what the client received: the sign-in page's "blocked" redirect, 429 Too
 * Many Requests, 413 Content Too Large. Observing answers rather than the limiters keeps the count right whichever
 * component enforces a limit. Ordered before Spring Security, whose chain refuses blocked sign-ins itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LimitRefusalCounter extends OncePerRequestFilter {
    private final PlannerMetrics metrics;

    LimitRefusalCounter(PlannerMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            String location = response.getHeader(HttpHeaders.LOCATION);
            if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
                metrics.limitHit(Limit.TOO_MANY_REQUESTS);
            } else if (status == HttpStatus.CONTENT_TOO_LARGE.value()) {
                metrics.limitHit(Limit.BODY_SIZE);
            } else if (status == HttpStatus.FOUND.value() && location != null && location.endsWith("/login?blocked")) {
                metrics.limitHit(Limit.SIGN_IN);
            }
        }
    }
}
