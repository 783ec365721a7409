package org.childmaintenance.notification;

/**
 * Published once for a batch of mails written to the outbox in one go ({@link NotificationService#queueMails}).
 * {@link MailDelivery} sends the batch's mails after the transaction commits; while any of them failed a try
 * that is not its last, the event publication registry keeps the event and {@link EventRetries} resubmits it
 * (mails already sent or given up are skipped), as for a single {@link MailQueued}.
 */
record MailBatchQueued(String batchId) {
}
