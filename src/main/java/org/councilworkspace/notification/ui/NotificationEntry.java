package org.councilworkspace.notification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.function.Consumer;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.notification.NotificationItem;

/**
 * One notification in the list: a native button (reachable with Tab, opened with Enter or Space) whose
 * text is the message in the reader's language. Unread ones say so in words and are set in bold.
 */
class NotificationEntry extends Div {

    static final String ISOLATE_START = "\u2068";
    static final String ISOLATE_END = "\u2069";

    NotificationEntry(NotificationItem item, Clock clock, Consumer<NotificationItem> onOpen) {
        getElement().setAttribute("role", "listitem");
        NativeButton button = new NativeButton();
        button.addClassName("cw-notification");
        button.getElement().setAttribute("data-id", Long.toString(item.id()));
        if (!item.read()) {
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
        button.add(message, time);
        button.addClickListener(e -> onOpen.accept(item));
        add(button);
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
