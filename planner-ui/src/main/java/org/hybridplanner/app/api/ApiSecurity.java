package org.hybridplanner.app.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.hybridplanner.app.account.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The REST API's own chain, before Vaadin's: stateless, bearer tokens only (no session cookie, so no CSRF risk and
 * CSRF protection is off for {@code /api/**} only). Link holders' endpoints and the OpenAPI description are open;
 * everything else needs a personal API token. The Prometheus scrape endpoint is served the same way, for an admin's
 * token only: a scraper is a machine client like any other, and the figures are not for every account.
 */
@Configuration
class ApiSecurity {
    private static final String PROMETHEUS = "/actuator/prometheus";

    @Bean
    @ConditionalOnWebApplication
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens) throws Exception {
        return http.securityMatcher(ApiSecurity::isApiRequest)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/shared/**", "/api/openapi.yaml").permitAll()
                        .requestMatchers(PROMETHEUS).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problem(response,
                                HttpStatus.UNAUTHORIZED, "Send a personal API token: Authorization: Bearer htp_..."))
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                                "This token may not do that")))
                .headers(headers -> headers.cacheControl(cache -> { }))
                .build();
    }

    /**
     * An API request (or the Prometheus scrape), or the servlet error page of one: an error under {@code /api/} that
     * no problem-details handler answered (see {@link ApiRequestProblems}) keeps its status instead of meeting the
     * sign-in chain's redirect.
     */
    private static boolean isApiRequest(HttpServletRequest request) {
        String api = request.getContextPath() + "/api/";
        return request.getRequestURI().startsWith(api)
                || request.getRequestURI().equals(request.getContextPath() + PROMETHEUS)
                || request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(api);
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
            throws java.io.IOException {
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
