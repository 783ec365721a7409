package org.childmaintenance.notification;

/** Published when a mail is written to the outbox; it is sent once the transaction commits. */
record MailQueued(long mailId) {
}
