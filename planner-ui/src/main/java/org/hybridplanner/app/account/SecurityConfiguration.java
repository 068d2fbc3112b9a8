package org.hybridplanner.app.account;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.hybridplanner.app.account.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Everything needs a signed-in user except the login view, static theme files and the health probes (so that an
 * orchestrator can check the planner without credentials). The H2 console exists only in the dev profile, and
 * only for admins. The filter chains exist only in the web application: the command line's {@code token} command
 * starts the same application without a web server.
 * <p>
 * The sign-in form needs Spring Security's CSRF token (Vaadin's configurer exempts its login page, which would let
 * another site sign a victim into the attacker's account): the bootstrap page carries the token in
 * {@code <meta name="_csrf">}, and Vaadin's login form posts it. Vaadin's own requests keep their own CSRF check.
 * <p>
 * With an OpenID Connect provider configured, the same sign-in page also offers it ({@link SingleSignOn}), and
 * signing out also signs out there unless that is switched off.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({SessionLifetimes.class, SingleSignOnSettings.class, LocalAccountSettings.class})
class SecurityConfiguration {

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInLimiter signInLimiter,
            SignedInSessions signedInSessions, RequestUtil vaadinRequests, SingleSignOn singleSignOn,
            @Value("${spring.h2.console.enabled:false}") boolean h2Console) throws Exception {
        http.addFilterBefore(signInLimiter.filter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(signedInSessions.filter(), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                    .permitAll();
            requests.requestMatchers("/lumo/**", "/styles/**").permitAll();
            if (h2Console) {
                requests.requestMatchers("/h2-console/**").hasRole(Role.ADMIN.name());
            }
        });
        http.csrf(csrf -> {
            csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest);
            if (h2Console) {
                csrf.ignoringRequestMatchers("/h2-console/**");
            }
        });
        http.sessionManagement(session -> session.addSessionAuthenticationStrategy(signedInSessions));
        http.headers(headers -> PlannerPageHeaders.apply(headers, h2Console));
        singleSignOn.configure(http, "/login");
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false);
            singleSignOn.signOut().ifPresent(vaadin::logoutSuccessHandler);
        }).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
