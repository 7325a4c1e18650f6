package org.councilworkspace.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.function.Consumer;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.notification.NotificationGroup;
import org.councilworkspace.notification.NotificationItem;

/**
 * One notification in the list: a native button (reachable with Tab, opened with Enter or Space) whose
 * text is the newest message about an item in the reader's language, and how many more there are about it. Unread
 * ones say so in words and are set in bold.
 */
class NotificationEntry extends Div {

    static final String ISOLATE_START = "\u2068";
    static final String ISOLATE_END = "\u2069";

    NotificationEntry(NotificationGroup group, Clock clock, Consumer<NotificationItem> onOpen) {
        NotificationItem item = group.latest();
        getElement().setAttribute("role", "listitem");
        NativeButton button = new NativeButton();
        button.addClassName("cw-notification");
        button.getElement().setAttribute("data-id", Long.toString(item.id()));
        if (!group.read()) {
            button.addClassName("cw-unread");
            Span unread = new Span(getTranslation("notification.unread"));
            unread.getElement().getThemeList().add("badge small");
            unread.addClassName("cw-unread-label");
            button.add(unread);
        }
        Span message = new Span(message(item));
        message.addClassName("cw-notification-message");
        Span time = new Span(NotificationTime.relative(item.createdAt(), clock.instant(), getLocale()));
        time.addClassName("cw-muted");
        time.addClassName("cw-notification-time");
        time.getElement().setAttribute("title", Formats.dateTime(item.createdAt()));
        button.add(message);
        if (group.total() > 1) {
            Span more = new Span(getTranslation(groupKey(group), group.unread() > 0 ? group.unread() : group.total()));
            more.addClassName("cw-notification-group");
            more.getElement().getThemeList().add("badge contrast small");
            button.add(more);
        }
        button.add(time);
        button.addClickListener(e -> onOpen.accept(item));
        add(button);
    }

    /** "3 new comments" for the comments of one thread, "2 new updates" for the steps of another item. */
    private static String groupKey(NotificationGroup group) {
        String what = group.latest().kind().startsWith("COMMENT") ? "comments" : "updates";
        return "notification.group." + what + (group.unread() > 0 ? "-new" : "");
    }

    /**
     * The translated message with its arguments, always through MessageFormat (so a pattern's quotes
     * read the same with or without arguments). Set as text, so arguments never become HTML; each is
     * a bidi isolate, so right-to-left text or a stray override in one cannot reorder the rest.
     */
    private String message(NotificationItem item) {
        String pattern = getTranslation(item.messageKey());
        Object[] args = item.args().stream().map(a -> ISOLATE_START + a + ISOLATE_END).toArray();
        try {
            return new MessageFormat(pattern, getLocale()).format(args);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }
}
