package org.councilworkspace.notification;

import java.util.Set;

/** These people's notifications changed (new ones, or some read); their open pages refresh after commit. */
record NotificationsChanged(Set<Long> userIds) {
}
