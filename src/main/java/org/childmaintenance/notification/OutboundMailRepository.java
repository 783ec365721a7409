package org.childmaintenance.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboundMailRepository extends JpaRepository<OutboundMail, Long> {
    List<OutboundMail> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    List<OutboundMail> findByStatusOrderByCreatedAtDesc(OutboundMail.Status status, Pageable page);

    List<OutboundMail> findByBodyNotNullAndBodyNotLike(String prefix);

    /** The mails of a batch that may still be sent (in order). */
    @Query("select m.id from OutboundMail m where m.batchId = :batch and m.status in :open order by m.id")
    List<Long> inBatch(@Param("batch") String batch, @Param("open") Collection<OutboundMail.Status> open);

    /** Takes the mail for one try; 0 when it is sent, given up, or another worker is sending it. */
    @Modifying
    @Query("update OutboundMail m set m.status = org.childmaintenance.notification.OutboundMail.Status.SENDING, "
            + "m.claimedAt = :now, m.attempts = m.attempts + 1 where m.id = :id and (m.status in :open "
            + "or (m.status = org.childmaintenance.notification.OutboundMail.Status.SENDING and m.claimedAt < :stale))")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("stale") Instant stale,
              @Param("open") Collection<OutboundMail.Status> open);

    @Modifying
    @Query("update OutboundMail m set m.status = org.childmaintenance.notification.OutboundMail.Status.SENT, "
            + "m.sentAt = :at, m.body = null, m.lastError = null where m.id = :id")
    int markSent(@Param("id") long id, @Param("at") Instant at);

    @Modifying
    @Query("update OutboundMail m set m.status = :status, m.lastError = :error where m.id = :id")
    int markStatus(@Param("id") long id, @Param("status") OutboundMail.Status status, @Param("error") String error);

    /** Bodies of mail that will not be sent any more are removed after a while (links expire anyway). */
    @Modifying
    @Query("update OutboundMail m set m.body = null where m.body is not null and m.createdAt < :before and m.status in :closed")
    int purgeBodies(@Param("before") Instant before, @Param("closed") Collection<OutboundMail.Status> closed);
}
