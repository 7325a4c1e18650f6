package org.councilworkspace.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.councilworkspace.security.ui.LoginView;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Argon2id at OWASP's parameters, set explicitly: 19 MiB memory, 2 iterations, parallelism 1. */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;
    static final int ARGON2_PARALLELISM = 1;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/set-password/**",
                "/calendar-feed/**", "/consult", "/consult/**",
                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll());
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, ARGON2_PARALLELISM, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
    }

    @Bean
    AuthenticationProvider authenticationProvider(DSLContext db, PasswordEncoder encoder, LoginThrottle throttle,
                                                  ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountUserDetails(db));
        passwords.setPasswordEncoder(encoder);
        return new ThrottlingAuthenticationProvider(passwords, throttle, events);
    }
}
