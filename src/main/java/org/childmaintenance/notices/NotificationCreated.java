package org.childmaintenance.notices;

/** A notice was written; {@link NotificationDispatcher} e-mails or texts the person after commit. */
record NotificationCreated(long notificationId) {
}
