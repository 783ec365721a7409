package org.childmaintenance.notification;

/**
 * Published when a mail is written to the outbox. {@link MailDelivery} sends it after the
 * transaction commits, off the request thread; the event publication registry keeps the event until
 * the listener succeeds, so a failed try is retried ({@link EventRetries}).
 */
record MailQueued(long mailId) {
}
