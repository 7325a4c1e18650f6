package org.councilworkspace.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.util.List;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.notification.NotificationGroup;
import org.councilworkspace.notification.NotificationItem;
import org.councilworkspace.notification.NotificationService;

/**
 * What the bell opens: the person's notifications, one line per item they are about, newest first, a page at a time.
 * Opening a line marks all of that item's notifications read.
 */
class NotificationPanel extends Div {

    static final int PAGE = 20;

    private final NotificationService notifications;
    private final Clock clock;
    private final Runnable onRead;
    private final Runnable close;
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final Span status = new Span();
    private final Button markAll = new Button();
    private final Button more = new Button();
    private int shown;

    NotificationPanel(NotificationService notifications, Clock clock, Runnable onRead, Runnable close) {
        this.notifications = notifications;
        this.clock = clock;
        this.onRead = onRead;
        this.close = close;
        addClassName("cw-notifications");
        H2 title = new H2(getTranslation("notification.title"));
        markAll.setText(getTranslation("notification.mark-all-read"));
        markAll.setId("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(e -> markAllRead());
        Div top = new Div(title, markAll);
        top.addClassName("cw-notifications-top");
        status.getElement().setAttribute("role", "status");
        status.addClassName("cw-muted");
        list.setId("notification-list");
        list.getElement().setAttribute("role", "list");
        empty.setId("notification-empty");
        empty.setText(getTranslation("notification.empty"));
        empty.addClassName("cw-muted");
        more.setText(getTranslation("notification.show-more"));
        more.setId("notification-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClickListener(e -> append(notifications.myGroups(shown, PAGE)));
        add(top, status, list, empty, more);
    }

    /** The newest page, when the popover opens. */
    void load() {
        show(PAGE);
    }

    /** The same number of notifications again, after a change. */
    void reload() {
        show(Math.max(PAGE, shown));
    }

    private void show(int count) {
        list.removeAll();
        shown = 0;
        append(notifications.myGroups(0, count));
    }

    private void append(List<NotificationGroup> groups) {
        groups.forEach(group -> list.add(new NotificationEntry(group, clock, this::open)));
        shown += groups.size();
        int total = notifications.countMyGroups();
        empty.setVisible(total == 0);
        list.setVisible(total > 0);
        more.setVisible(shown < total);
        markAll.setEnabled(notifications.unreadCount() > 0);
    }

    private void open(NotificationItem item) {
        try {
            notifications.markGroupRead(item.id());
        } catch (NotFoundException e) {
            Notifications.error(getTranslation("notification.gone"));
            reload();
            return;
        }
        onRead.run();
        if (item.link() != null) {
            close.run();
            navigate(item.link());
        } else {
            reload();
        }
    }

    /** A link such as {@code plans/1/sections/3?thread=7}: Vaadin takes the query apart from the path. */
    private static void navigate(String link) {
        int query = link.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(link);
        } else {
            UI.getCurrent().navigate(link.substring(0, query),
                    QueryParameters.fromString(link.substring(query + 1)));
        }
    }

    private void markAllRead() {
        notifications.markAllRead();
        onRead.run();
        reload();
        status.setText(getTranslation("notification.all-marked-read"));
    }
}
