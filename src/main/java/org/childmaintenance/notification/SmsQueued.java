package org.childmaintenance.notification;

/** A text message was written to the outbox; {@link SmsDelivery} sends it after commit, with retries. */
record SmsQueued(long smsId) {
}
