package org.childmaintenance.notification;

/** A notice was written; {@link NotificationDispatcher} e-mails or texts the person after commit. */
record NotificationCreated(long notificationId) {
}
