package org.childmaintenance.options;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PreApplicationReferenceRepository extends JpaRepository<PreApplicationReference, Long> {
    boolean existsByReference(String reference);

    Optional<PreApplicationReference> findByReference(String reference);
}

interface FamilyArrangementRepository extends JpaRepository<FamilyArrangement, Long> {
    @Query("select a from FamilyArrangement a where a.creatorAccountId = ?1 or a.otherAccountId = ?1 order by a.createdAt desc")
    List<FamilyArrangement> findForParty(long accountId);

    List<FamilyArrangement> findByStatusAndReviewDateLessThanEqualAndReviewReminderSentAtIsNull(Status status,
                                                                                               LocalDate reviewDate);
}

interface ArrangementInvitationRepository extends JpaRepository<ArrangementInvitation, Long> {
    Optional<ArrangementInvitation> findByCodeHash(String codeHash);

    List<ArrangementInvitation> findByArrangementId(long arrangementId);
}

interface ArrangementPaymentRepository extends JpaRepository<ArrangementPayment, Long> {
    List<ArrangementPayment> findByArrangementIdOrderByPaidOnAscIdAsc(long arrangementId);
}

interface SignpostingTopicRepository extends JpaRepository<SignpostingTopic, Long> {
    Optional<SignpostingTopic> findBySlug(String slug);

    List<SignpostingTopic> findAllByOrderBySortOrderAscIdAsc();
}
