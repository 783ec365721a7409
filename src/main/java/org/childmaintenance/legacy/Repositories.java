package org.childmaintenance.legacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.legacy.LegacyTypes.Delivery;
import org.childmaintenance.legacy.LegacyTypes.Segment;
import org.childmaintenance.legacy.LegacyTypes.Stage;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LegacyCaseRepository extends JpaRepository<LegacyCase, Long> {
    Optional<LegacyCase> findByLegacyReference(String legacyReference);

    @Query("select c.legacyReference from LegacyCase c where c.legacyReference in ?1")
    List<String> findExistingReferences(Collection<String> references);

    List<LegacyCase> findBySegmentAndStage(Segment segment, Stage stage);

    /** Cases whose closure has a letter still to send, oldest end date first. */
    @Query("select c.id from LegacyCase c where c.stage in ?1 and c.liabilityEndDate is not null "
            + "and c.liabilityEndDate <= ?2 order by c.liabilityEndDate, c.id")
    List<Long> findIdsInStagesEndingBy(Collection<Stage> stages, LocalDate endingBy);

    @Query("select c.id from LegacyCase c where c.stage = org.childmaintenance.legacy.LegacyTypes.Stage.ENDED "
            + "and c.arrearsMovedAt is null and c.arrearsBalance > 0 order by c.liabilityEndDate, c.id")
    List<Long> findEndedWithArrearsNotMoved();

    @Query("select c.segment, c.stage, count(c) from LegacyCase c group by c.segment, c.stage")
    List<Object[]> countBySegmentAndStage();

    List<LegacyCase> findTop500ByOrderBySegmentAscLiabilityEndDateAscIdAsc();
}

interface LegacyPartyRepository extends JpaRepository<LegacyParty, Long> {
    List<LegacyParty> findByLegacyCaseIdOrderByRoleAsc(long legacyCaseId);

    List<LegacyParty> findByLegacyCaseIdIn(Collection<Long> legacyCaseIds);

    List<LegacyParty> findByAccountId(long accountId);

    List<LegacyParty> findByAccountIdIsNullAndEmailIgnoreCase(String email);
}

interface LegacyChildRepository extends JpaRepository<LegacyChild, Long> {
    List<LegacyChild> findByLegacyCaseIdOrderByPositionAsc(long legacyCaseId);
}

interface LegacyLetterRepository extends JpaRepository<LegacyLetter, Long> {
    List<LegacyLetter> findByPartyIdInOrderByLetterDateDescIdDesc(Collection<Long> partyIds);

    boolean existsByPartyIdAndKind(long partyId, LegacyTypes.LetterKind kind);

    List<LegacyLetter> findByDeliveryAndPostedAtIsNullOrderByCreatedAtAscIdAsc(Delivery delivery);
}
