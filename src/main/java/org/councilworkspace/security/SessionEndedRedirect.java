package org.councilworkspace.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Where a request of an ended session goes: to the sign-in page, which says why. A page load is redirected. An open
 * tab's next UIDL, heartbeat or push request cannot follow an HTTP redirect, and by now the session (and its UI) is
 * gone, so Vaadin's own redirect helper has no UI to use; it gets the answer Flow's client gives to a critical
 * notification without text: go to this address.
 */
final class SessionEndedRedirect implements SessionInformationExpiredStrategy {

    static final String SIGN_IN_AFTER_ENDED = "/login?ended";

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        String mapping = request.getHttpServletMapping() == null ? "" : request.getHttpServletMapping().getPattern();
        if (HandlerHelper.isFrameworkInternalRequest(mapping, request)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null,
                    request.getContextPath() + SIGN_IN_AFTER_ENDED));
            response.flushBuffer();
        } else {
            redirect.sendRedirect(request, response, SIGN_IN_AFTER_ENDED);
        }
    }
}
