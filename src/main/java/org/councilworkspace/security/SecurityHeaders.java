package org.councilworkspace.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers on every response that passes the security filter chain: Vaadin pages and their UIDL and
 * push requests, static resources, error pages and the public consultation pages.
 */
final class SecurityHeaders {

    /**
     * As strict as Vaadin Flow 24 allows. Every source is this origin; the relaxations are:
     * <ul>
     * <li>script-src 'unsafe-inline': the bootstrap page Vaadin writes carries inline scripts (the initial state
     * and the loader), without a nonce or a stable hash;</li>
     * <li>script-src 'unsafe-eval': Flow runs {@code executeJs} and event-data expressions on the client through
     * {@code new Function(...)};</li>
     * <li>style-src 'unsafe-inline': Lumo and the web components set inline styles and style attributes, and
     * {@code getStyle()} on the server becomes a style attribute;</li>
     * <li>img-src and font-src data:: Lumo ships some icons and its font faces as data URLs.</li>
     * </ul>
     * Nothing may frame the app (frame-ancestors), plugins are off, and forms and base URLs stay on this origin.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Nothing here uses these browser features, so no page (or injected script) may ask for them. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=()";

    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 3600;

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> all() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // same-origin: a set-password link's token never leaves in a Referer to another site.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                // Spring Security writes HSTS only on secure requests (HTTPS, or a trusted X-Forwarded-Proto):
                // over plain HTTP the header would be ignored by browsers and could pin a wrong host name.
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }
}
