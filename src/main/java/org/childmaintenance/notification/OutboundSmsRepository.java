package org.childmaintenance.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboundSmsRepository extends JpaRepository<OutboundSms, Long> {
    List<OutboundSms> findByStatusOrderByCreatedAtDesc(OutboundSms.Status status, Pageable page);

    List<OutboundSms> findByAccountIdOrderByIdDesc(long accountId);

    @Modifying
    @Query("update OutboundSms m set m.status = org.childmaintenance.notification.OutboundSms.Status.SENDING, "
            + "m.claimedAt = :now, m.attempts = m.attempts + 1 where m.id = :id and (m.status in :open "
            + "or (m.status = org.childmaintenance.notification.OutboundSms.Status.SENDING and m.claimedAt < :stale))")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("stale") Instant stale,
              @Param("open") Collection<OutboundSms.Status> open);

    @Modifying
    @Query("update OutboundSms m set m.status = org.childmaintenance.notification.OutboundSms.Status.SENT, "
            + "m.sentAt = :at, m.body = null, m.lastError = null where m.id = :id")
    int markSent(@Param("id") long id, @Param("at") Instant at);

    @Modifying
    @Query("update OutboundSms m set m.status = :status, m.lastError = :error where m.id = :id")
    int markStatus(@Param("id") long id, @Param("status") OutboundSms.Status status, @Param("error") String error);

    @Modifying
    @Query("update OutboundSms m set m.body = null where m.body is not null and m.createdAt < :before and m.status in :closed")
    int purgeBodies(@Param("before") Instant before, @Param("closed") Collection<OutboundSms.Status> closed);
}
