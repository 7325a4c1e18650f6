package org.councilworkspace.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import java.time.Clock;
import org.councilworkspace.base.ui.FirstClickPopover;
import org.councilworkspace.base.ui.UiBatcher;
import org.councilworkspace.notification.NotificationHub;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.security.CurrentUser;

/**
 * The bell in the header: the number of unread notifications as visible text (not colour alone) and in
 * its accessible name, opening the latest notifications. Follows new ones live, at most twice a second.
 */
class NotificationBell extends Button {

    static final long LIVE_INTERVAL_MILLIS = 500;
    private static final int MOST_SHOWN = 99;

    private final NotificationService notifications;
    private final NotificationHub hub;
    private final CurrentUser currentUser;
    private final Span count = new Span();
    private final Clock clock;
    /** Only while the popover is open. */
    private NotificationPanel panel;
    private Runnable unsubscribe;

    NotificationBell(NotificationService notifications, NotificationHub hub, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.hub = hub;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("notification-bell");
        addClassName("cw-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setIcon(VaadinIcon.BELL.create());
        count.setId("notification-count");
        count.addClassName("cw-bell-count");
        count.getElement().getThemeList().add("badge pill small primary");
        // The button's accessible name already says how many.
        count.getElement().setAttribute("aria-hidden", "true");
        setSuffixComponent(count);
        setTooltipText(getTranslation("notification.title"));
        // The popover is made on the first click, and its list each time it opens.
        FirstClickPopover.install(this, this::popover);
    }

    private Popover popover() {
        Popover made = new Popover();
        made.setId("notification-popover");
        made.setAriaLabel(getTranslation("notification.title"));
        made.setWidth("min(28rem, 96vw)");
        made.addOpenedChangeListener(e -> {
            made.removeAll();
            panel = null;
            if (e.isOpened()) {
                panel = new NotificationPanel(notifications, clock, this::refreshCount, made::close);
                made.add(panel);
                panel.load();
            }
        });
        return made;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refreshCount();
        UiBatcher live = new UiBatcher(event.getUI(), LIVE_INTERVAL_MILLIS, this::refresh);
        unsubscribe = hub.subscribe(currentUser.requireId(), live::request);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void refresh() {
        refreshCount();
        if (panel != null) {
            panel.reload();
        }
    }

    private void refreshCount() {
        int unread = notifications.unreadCount();
        count.setText(unread > MOST_SHOWN ? getTranslation("notification.bell.many", MOST_SHOWN) : Integer.toString(unread));
        count.setVisible(unread > 0);
        setAriaLabel(unread == 0 ? getTranslation("notification.bell.label-none")
                : getTranslation("notification.bell.label", unread));
    }
}
