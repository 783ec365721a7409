package org.childmaintenance.notices;

/** What a notification is about; people choose per kind whether they also get an e-mail. */
public enum NotificationKind {
    DECISION, PAYMENT_RECEIVED, PAYMENT_PASSED_ON, PAYMENT_MISSED, MESSAGE, DOCUMENT, DEADLINE, APPOINTMENT
}
