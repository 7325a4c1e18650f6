package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The browser's time zone, as the shell stores it for the session, so meeting times are entered and shown in
 * the person's own zone and stored as instants.
 */
final class UserZone {

    /** The session attribute the shell sets from the browser (see base.ui.ShellSetup). */
    private static final String ATTRIBUTE = "council.zone";

    private UserZone() {
    }

    static ZoneId zone() {
        VaadinSession session = UI.getCurrent() == null ? null : UI.getCurrent().getSession();
        Object zone = session == null ? null : session.getAttribute(ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneId.of("UTC");
    }

    static OffsetDateTime toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toOffsetDateTime();
    }

    static LocalDateTime toLocal(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone()).toLocalDateTime();
    }
}
