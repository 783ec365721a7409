package org.childmaintenance.notification;

import java.time.Instant;

/** One message in the outbox, as the back office sees it. */
public record OutboxMessage(Long id, String recipient, String subject, String body, String status, Instant createdAt) {
}
