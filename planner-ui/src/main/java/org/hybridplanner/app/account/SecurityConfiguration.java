package org.hybridplanner.app.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.hybridplanner.app.account.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Everything needs a signed-in user except the login view, static theme files and the health probes (so that an
 * orchestrator can check the planner without credentials). The H2 console exists only in the dev profile, and
 * only for admins. The filter chains exist only in the web application: the command line's {@code token} command
 * starts the same application without a web server.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInLimiter signInLimiter,
            @Value("${spring.h2.console.enabled:false}") boolean h2Console) throws Exception {
        http.addFilterBefore(signInLimiter.filter(), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                    .permitAll();
            requests.requestMatchers("/lumo/**", "/styles/**").permitAll();
            if (h2Console) {
                requests.requestMatchers("/h2-console/**").hasRole(Role.ADMIN.name());
            }
        });
        // An edit link's address holds its secret until the editor replaces it: never send it to another site.
        http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (h2Console) {
            http.csrf(csrf -> csrf.ignoringRequestMatchers("/h2-console/**"));
            http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
