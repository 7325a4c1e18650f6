package org.councilworkspace.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The portal's own filter chain, ahead of the workspace's: anyone may read, and nothing here ever creates or reads a
 * session, saves a request or sets a cookie. The comment form is protected by a signed token instead of a session
 * (see {@link FormToken}), so the session-based CSRF protection of the workspace is off here.
 */
@Configuration
class PortalSecurityConfig {

    // The fonts (served by the document feature) belong here too: portal pages load them, and no reader may get a
    // session or a cookie for it.
    static final String[] PATHS = {"/public", "/public/**", "/robots.txt", "/sitemap.xml", "/consult", "/consult/**",
        "/fonts/**"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain portalFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> { })
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /** An ETag from the page itself, so a reader (or the cache in front) gets 304 Not Modified for an unchanged page. */
    @Bean
    FilterRegistrationBean<PortalEtags> portalEtags() {
        FilterRegistrationBean<PortalEtags> registration = new FilterRegistrationBean<>(new PortalEtags());
        registration.addUrlPatterns("/public/*", "/sitemap.xml", "/robots.txt");
        registration.setName("portalEtags");
        return registration;
    }
}
