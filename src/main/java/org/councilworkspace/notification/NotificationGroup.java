package org.councilworkspace.notification;

/**
 * The notifications about one item (the same page: a thread, an amendment, a meeting), shown as one line: the
 * newest of them, how many there are and how many are unread. A notification that leads nowhere is a group alone.
 */
public record NotificationGroup(NotificationItem latest, int total, int unread) {

    public boolean read() {
        return unread == 0;
    }
}
