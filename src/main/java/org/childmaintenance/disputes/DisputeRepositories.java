package org.childmaintenance.disputes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The feature's repositories (package-private). */
final class DisputeRepositories {
    private DisputeRepositories() {
    }
}

interface ReconsiderationRepository extends JpaRepository<Reconsideration, Long> {
    Optional<Reconsideration> findByDecisionId(long decisionId);

    List<Reconsideration> findByCaseIdOrderByRequestedAtDesc(long caseId);

    List<Reconsideration> findByStatusInOrderByRequestedAtAscIdAsc(Collection<ReconsiderationStatus> statuses);
}

interface PointRepository extends JpaRepository<Point, Long> {
    List<Point> findByReconsiderationIdOrderByCreatedAtAscIdAsc(long reconsiderationId);
}

interface EvidenceRepository extends JpaRepository<Evidence, Long> {
    List<Evidence> findByPointIdOrderById(long pointId);
}

interface ComplaintRepository extends JpaRepository<Complaint, Long> {
    List<Complaint> findByAccountIdOrderByCreatedAtDesc(long accountId);

    List<Complaint> findByCaseIdOrderByCreatedAtDesc(long caseId);

    List<Complaint> findByStatusInOrderByCreatedAtAscIdAsc(Collection<ComplaintStatus> statuses);

    boolean existsByReference(String reference);
}
