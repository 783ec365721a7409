package org.childmaintenance.audit;

import java.time.Instant;

/** A read-only view of one audit line. */
public record AuditRecord(Long id, Instant occurredAt, Long actorAccountId, String actorLabel, Long onBehalfOfId,
                          String action, String subjectType, String subjectId, String detail,
                          String sourceAddress) {
}
