package org.childmaintenance.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read only: entries are inserted by AuditService (hash chain); the trail has no update or delete. */
interface AuditRepository extends Repository<AuditEntry, Long> {
    @Query("select e from AuditEntry e where e.actorAccountId = :accountId or e.onBehalfOfId = :accountId "
            + "order by e.occurredAt desc, e.id desc")
    List<AuditEntry> findActivityOf(long accountId, Pageable page);

    @Query("select e from AuditEntry e where e.subjectType = :type and e.subjectId = :id order by e.occurredAt desc, e.id desc")
    List<AuditEntry> findBySubject(String type, String id, Pageable page);

    @Query("select count(e) from AuditEntry e where e.subjectType = :type and e.subjectId = :id and e.action = :action "
            + "and e.detail like :detail")
    long countOf(String type, String id, String action, String detail);

    long count();
}
