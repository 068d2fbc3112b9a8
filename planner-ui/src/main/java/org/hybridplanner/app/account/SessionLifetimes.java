package org.hybridplanner.app.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an idle signed-in session lasts ({@code planner.session.signed-in-timeout}, default 8 hours). Sessions
 * start with the server's {@code server.servlet.session.timeout} (10 minutes), which is all an anonymous visitor of
 * the sign-in page gets; signing in extends the session to this.
 */
@ConfigurationProperties("planner.session")
record SessionLifetimes(@DefaultValue("8h") Duration signedInTimeout) {
    SessionLifetimes {
        if (signedInTimeout.isNegative() || signedInTimeout.isZero()) {
            throw new IllegalArgumentException("planner.session.signed-in-timeout must be positive");
        }
    }
}
