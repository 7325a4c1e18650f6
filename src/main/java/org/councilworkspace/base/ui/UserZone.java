package org.councilworkspace.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The browser's time zone, as the shell stores it for the session (see {@link ShellSetup}), so times are entered and
 * shown in the person's own zone and stored as instants. UTC until the browser has said.
 */
public final class UserZone {

    static final String ATTRIBUTE = "council.zone";

    private UserZone() {
    }

    public static ZoneId zone() {
        VaadinSession session = UI.getCurrent() == null ? null : UI.getCurrent().getSession();
        Object zone = session == null ? null : session.getAttribute(ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneId.of("UTC");
    }

    /** A time the person entered in their zone, as an instant. */
    public static OffsetDateTime toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toOffsetDateTime();
    }

    /** A stored instant as the person's local time. */
    public static LocalDateTime toLocal(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone()).toLocalDateTime();
    }
}
