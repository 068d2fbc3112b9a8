package org.hybridplanner.app.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

/**
 * The response headers of the planner's own pages (everything the Vaadin chain serves). The Vaadin servlet is
 * reached through a forward, which commits the response before Spring Security's usual "write on commit" sees it:
 * the headers are therefore written before the request is handled.
 */
final class PlannerPageHeaders {
    /**
     * What Vaadin Flow 25.2 needs: its bootstrap page starts the client engine with an inline script, and the engine
     * builds functions from the expressions the server sends (unsafe-eval); components set inline styles. The rest
     * is as tight as the planner allows: nothing from other origins, no plugins, no foreign form targets, no framing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";

    private PlannerPageHeaders() {
    }

    /**
     * @param framedBySameOrigin true in the dev profile, whose H2 console shows its pages in frames
     */
    static void apply(HeadersConfigurer<HttpSecurity> headers, boolean framedBySameOrigin) {
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        // An edit link's address holds its secret until the editor replaces it: never send it to another site.
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY
                + (framedBySameOrigin ? "'self'" : "'none'")));
        if (framedBySameOrigin) {
            headers.frameOptions(frame -> frame.sameOrigin());
        }
        // Pages and their server round trips show plans: no-store. Vaadin's static files (hashed bundles, theme
        // files) keep the caching Vaadin gives them.
        var staticFiles = RequestMatchers.anyOf(VaadinSecurityConfigurer.getDefaultWebSecurityIgnoreMatcher(),
                PathPatternRequestMatcher.withDefaults().matcher("/styles/**"));
        headers.cacheControl(cache -> cache.disable());
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(staticFiles),
                new CacheControlHeadersWriter()));
    }
}
