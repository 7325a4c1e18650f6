package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.UI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Converts the date-time pickers' local values using the browser's time zone, as the shell remembers it. */
final class UserZone {

    // The session attribute the shell sets from the browser's reported zone (see base.ui.Formats).
    private static final String ZONE_ATTRIBUTE = "council.zone";

    private UserZone() {
    }

    static ZoneId zone() {
        UI ui = UI.getCurrent();
        Object zone = ui == null ? null : ui.getSession().getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId id ? id : ZoneId.of("UTC");
    }

    static OffsetDateTime toOffset(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toOffsetDateTime();
    }

    static LocalDateTime toLocal(OffsetDateTime time) {
        return time.atZoneSameInstant(zone()).toLocalDateTime();
    }
}
