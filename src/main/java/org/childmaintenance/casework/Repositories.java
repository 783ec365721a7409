package org.childmaintenance.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {
    List<CaseNote> findByCaseIdOrderByCreatedAtDescIdDesc(long caseId);
}

interface LedgerActionRepository extends JpaRepository<LedgerAction, Long> {
    List<LedgerAction> findByStatusOrderByRequestedAt(LedgerAction.Status status);

    List<LedgerAction> findByCaseIdOrderByRequestedAtDesc(long caseId);
}

interface EnforcementRepository extends JpaRepository<EnforcementAction, Long> {
    List<EnforcementAction> findByCaseIdOrderByCreatedAtDescIdDesc(long caseId);

    boolean existsByCaseIdAndStatus(long caseId, EnforcementAction.Status status);

    List<EnforcementAction> findByStatusOrderByStartedOnAscIdAsc(EnforcementAction.Status status);

    boolean existsByDeductionOrderId(long deductionOrderId);
}

interface LiabilityOutcomeRepository extends JpaRepository<LiabilityOutcome, Long> {
    List<LiabilityOutcome> findByActionIdOrderByTakenOnAscIdAsc(long actionId);

    List<LiabilityOutcome> findByCaseIdOrderByTakenOnAscIdAsc(long caseId);
}

interface EnforcementWarningRepository extends JpaRepository<EnforcementWarning, Long> {
    List<EnforcementWarning> findByCaseIdOrderBySentOnDescIdDesc(long caseId);
}
