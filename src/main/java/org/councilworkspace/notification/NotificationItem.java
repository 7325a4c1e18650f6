package org.councilworkspace.notification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One notification as its recipient sees it: a translation key and its arguments (translated when shown,
 * always as plain text) and the in-app route it leads to, if any.
 */
public record NotificationItem(long id, String kind, String messageKey, List<String> args, String link,
                               OffsetDateTime createdAt, boolean read) {

    public NotificationItem {
        args = List.copyOf(args);
    }
}
