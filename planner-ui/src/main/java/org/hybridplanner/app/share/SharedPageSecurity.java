package org.hybridplanner.app.share;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The shared pages are open to anyone: the link's secret is the permission, checked by {@link ShareLinkService}.
 * This chain comes before Vaadin's, matches only {@code /shared/**}, keeps no session and no saved request (an
 * anonymous visitor must not cost a session), and only allows GET. Everything else stays behind Vaadin's sign-in.
 */
@Configuration
class SharedPageSecurity {

    @Bean
    @ConditionalOnWebApplication
    @Order(2)
    SecurityFilterChain sharedPages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/shared/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/shared/**").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
