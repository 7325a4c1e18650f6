package org.councilworkspace.security;

import java.util.List;
import org.councilworkspace.base.live.LiveBus;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's signed-in sessions: after a password change (all but the one making the change), a reset
 * through a set-password link, a deactivation, or when the administrator ends them. An ended session is marked
 * expired in Spring Security's session registry; the concurrency filter in {@link SecurityConfig} then signs it
 * out on its next request, and an open tab is sent to the sign-in page.
 *
 * <p>Each node keeps its own registry, so the request goes out on the live bus, which reaches every node
 * (after the commit, so a rolled-back change ends nothing).
 */
@Component
public class SignedInSessions {

    static final String TOPIC = "sessions-ended";

    private final SessionRegistry registry;
    private final LiveBus bus;

    SignedInSessions(SessionRegistry registry, LiveBus bus) {
        this.registry = registry;
        this.bus = bus;
        bus.subscribe(TOPIC, this::onEnded);
    }

    /** Ends every session of the person except the one of the current request (if it is theirs). */
    public void endOtherSessions(long userId) {
        bus.publish(TOPIC, userId + " " + currentSessionId());
    }

    /** Ends every session of the person, including the current request's. */
    public void endAllSessions(long userId) {
        bus.publish(TOPIC, userId + " -");
    }

    /** The person's sessions on this node that are still live. */
    public int openSessions(long userId) {
        return sessionsOf(userId).size();
    }

    private void onEnded(String payload) {
        String[] parts = payload.split(" ", 2);
        long userId = Long.parseLong(parts[0]);
        String keep = parts.length > 1 ? parts[1] : "-";
        for (SessionInformation session : sessionsOf(userId)) {
            if (!session.getSessionId().equals(keep)) {
                session.expireNow();
            }
        }
    }

    private List<SessionInformation> sessionsOf(long userId) {
        return registry.getAllPrincipals().stream()
                .filter(p -> p instanceof SignedInUser user && user.id() == userId)
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .toList();
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            if (session != null) {
                return session.getId();
            }
        }
        return "-";
    }
}
