/**
 * In-app notifications: other features call {@code NotificationService.notify}
 * inside their own transactions; each person reads, in their own language, only their own notifications.
 */
package org.councilworkspace.notification;
