package org.councilworkspace.notification.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.councilworkspace.base.ui.HeaderContributor;
import org.councilworkspace.notification.NotificationHub;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.security.CurrentUser;

/** Puts the notification bell in the header of every signed-in page. */
@org.springframework.stereotype.Component
class NotificationHeader implements HeaderContributor {

    private final NotificationService notifications;
    private final NotificationHub hub;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationHeader(NotificationService notifications, NotificationHub hub, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.hub = hub;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications, hub, currentUser, clock);
    }
}
