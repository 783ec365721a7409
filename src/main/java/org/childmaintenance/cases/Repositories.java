package org.childmaintenance.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<MaintenanceCase, Long> {
    boolean existsByReference(String reference);

    Optional<MaintenanceCase> findByReference(String reference);

    List<MaintenanceCase> findByStatusOrderByCreatedAt(CaseStatus status);

    List<MaintenanceCase> findByStatusAndReviewDateLessThanEqual(CaseStatus status, LocalDate day);
}

interface PartyRepository extends JpaRepository<Party, Long> {
    List<Party> findByCaseId(long caseId);

    Optional<Party> findByCaseIdAndRole(long caseId, PartyRole role);

    Optional<Party> findByCaseIdAndAccountId(long caseId, long accountId);

    List<Party> findByAccountId(long accountId);
}

interface ChildRepository extends JpaRepository<CaseChild, Long> {
    List<CaseChild> findByCaseIdOrderByPosition(long caseId);

    List<CaseChild> findByCaseIdInOrderByCaseIdAscPositionAsc(Collection<Long> caseIds);

    @Query("select c from CaseChild c, MaintenanceCase m where m.id = c.caseId and m.status <> :closed"
            + " and c.endedOn is null and c.nameKey = :nameKey and c.dateOfBirth = :dob")
    List<CaseChild> findOpen(String nameKey, LocalDate dob, CaseStatus closed);
}

interface InvitationRepository extends JpaRepository<Invitation, Long> {
    Optional<Invitation> findByCodeHash(String codeHash);
}

interface CodeFailureRepository extends JpaRepository<CodeFailure, Long> {
    long countByAccountIdAndFailedAtAfter(long accountId, java.time.Instant since);

    long countByAddressAndFailedAtAfter(String address, java.time.Instant since);
}

interface DecisionRepository extends JpaRepository<Decision, Long> {
    List<Decision> findByCaseIdOrderByEffectiveDateDescIdDesc(long caseId);

    Optional<Decision> findFirstByCaseIdOrderByEffectiveDateDescIdDesc(long caseId);

    List<Decision> findByDecidedAtGreaterThanEqualAndDecidedAtLessThanOrderByIdAsc(java.time.Instant from,
                                                                                    java.time.Instant to);
}

interface InstalmentRepository extends JpaRepository<Instalment, Long> {
    List<Instalment> findByCaseIdAndSupersededFalseOrderByDueDateAscIdAsc(long caseId);
}

interface DocumentRepository extends JpaRepository<CaseDocument, Long> {
    List<CaseDocument> findByCaseIdAndAudienceOrderByCreatedAtDescIdDesc(long caseId, PartyRole audience);
}

interface TimelineRepository extends JpaRepository<TimelineEntry, Long> {
    List<TimelineEntry> findByCaseIdOrderByCreatedAtDescIdDesc(long caseId);
}

interface ChangeRepository extends JpaRepository<ChangeRecord, Long> {
    List<ChangeRecord> findByOutcomeOrderByReportedAt(ChangeRecord.Outcome outcome);

    List<ChangeRecord> findByCaseIdOrderByReportedAtDesc(long caseId);
}

interface DraftRepository extends JpaRepository<DraftRecord, Long> {
}

/** Ids of accounts' cases, for the participation check (kept small: it runs on every case access). */
interface ParticipationQueries extends org.springframework.data.repository.Repository<Party, Long> {
    @Query("select p.role from Party p where p.caseId = :caseId and p.accountId = :accountId")
    List<PartyRole> rolesOf(long accountId, long caseId);

    @Query("select distinct p.caseId from Party p where p.accountId in :accountIds")
    List<Long> casesOf(Collection<Long> accountIds);
}
