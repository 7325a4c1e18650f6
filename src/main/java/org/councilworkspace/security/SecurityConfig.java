package org.councilworkspace.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.jooq.DSLContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /** Argon2id at OWASP's parameters, set explicitly: 19 MiB memory, 2 iterations, parallelism 1. */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    /** The route of the sign-in view ({@code security.ui.LoginView}, which says the same in its {@code @Route}). */
    private static final String LOGIN_ROUTE = "login";
    static final int ARGON2_ITERATIONS = 2;
    static final int ARGON2_PARALLELISM = 1;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/set-password/**",
                "/calendar-feed/**", "/favicon.ico", "/favicon.svg",
                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll());
        http.headers(SecurityHeaders.all());
        // Any number of sessions per person, but each is registered, so a password change or the administrator can
        // end them (SignedInSessions). An ended session is signed out on its next request, and sent to the sign-in
        // page in a way an open Vaadin tab follows too (SessionEndedRedirect).
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredSessionStrategy(new SessionEndedRedirect()));
        // The sign-in view is named by its route, not its class, so this package does not depend on its ui package.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/" + LOGIN_ROUTE, "/" + LOGIN_ROUTE));
        return http.build();
    }

    /**
     * No observation (timers, events) of every filter of the chain on every request, nor of every authorization
     * check: nothing reads them (only health is exposed), and under 200 portal readers they were about a tenth of
     * the server's processor time for a page. Sign-ins are still observed, as is each request as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthorizations(false).build();
    }

    /** Before every other filter, so even responses outside the security filter chain carry the headers. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR,
                jakarta.servlet.DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends or changes its id, so it forgets or follows it. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, ARGON2_PARALLELISM, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
    }

    @Bean
    AuthenticationProvider authenticationProvider(DSLContext db, PasswordEncoder encoder, LoginThrottle throttle,
                                                  ApplicationEventPublisher events, SignInFailureLog failures) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new AccountUserDetails(db));
        passwords.setPasswordEncoder(encoder);
        return new ThrottlingAuthenticationProvider(passwords, throttle, events, failures);
    }
}
