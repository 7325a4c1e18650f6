package org.councilworkspace.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the security headers before anything else runs, on every response of the servlet container. Spring
 * Security writes them too, but Vaadin keeps its static bundle (/VAADIN/**) out of the security filter chain, and
 * those files need X-Content-Type-Options as much as any page. Spring Security leaves a header alone once it is
 * set, so the values stay the same; HSTS stays with Spring Security, which writes it only on secure requests.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
        chain.doFilter(request, response);
    }

    /** Error pages are rendered on an error dispatch; they get the headers again in case the error reset them. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
