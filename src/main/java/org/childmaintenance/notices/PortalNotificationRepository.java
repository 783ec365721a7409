package org.childmaintenance.notices;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PortalNotificationRepository extends JpaRepository<PortalNotification, Long> {
    List<PortalNotification> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable page);

    long countByAccountIdAndReadAtIsNull(long accountId);

    long countByAccountId(long accountId);

    Optional<PortalNotification> findByIdAndAccountId(long id, long accountId);

    @Modifying
    @Query("update PortalNotification n set n.readAt = :at where n.accountId = :account and n.readAt is null")
    int markAllRead(@Param("account") long accountId, @Param("at") Instant at);
}
