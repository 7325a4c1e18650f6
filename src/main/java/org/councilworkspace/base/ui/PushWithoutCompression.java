package org.councilworkspace.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Declines WebSocket compression (permessage-deflate) for the push connection by hiding the browser's offer
 * from the server. Each compressed connection keeps a zlib compressor and decompressor (about 300 KB outside
 * the Java heap) and two more buffers inside it for as long as the tab is open, while push only carries small
 * updates (what the member does goes over ordinary requests).
 */
class PushWithoutCompression extends OncePerRequestFilter {

    static final String EXTENSIONS_HEADER = "Sec-WebSocket-Extensions";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request.getHeader(EXTENSIONS_HEADER) == null ? request : new WithoutExtensions(request), response);
    }

    private static final class WithoutExtensions extends HttpServletRequestWrapper {

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !EXTENSIONS_HEADER.equalsIgnoreCase(n)).toList());
        }
    }
}
