package org.childmaintenance.cases;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

/** Casework's searches over cases and parties. */
interface CaseSearchQueries extends org.springframework.data.repository.Repository<MaintenanceCase, Long> {
    @Query("select c.id from MaintenanceCase c where lower(c.reference) like :like order by c.reference")
    List<Long> casesByReference(String like);

    @Query("select distinct p.caseId from Party p where lower(p.fullName) like :like or lower(p.email) like :like"
            + " or lower(replace(p.niNumber, ' ', '')) like :ni or lower(p.employer) like :like")
    List<Long> casesByParty(String like, String ni);

    @Query("select c.id from MaintenanceCase c where c.reference in :references")
    List<Long> casesWithReferences(Collection<String> references);
}
