package org.childmaintenance.representation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Nominations by parent, by representative, by case and by invitation token hash. */
interface RepresentationRepository extends JpaRepository<Representation, Long> {
    List<Representation> findByRepresentativeAccountIdAndCaseIdAndStatus(long representativeAccountId, long caseId,
                                                                          RepresentationStatus status);

    List<Representation> findByParentAccountIdAndStatusInOrderByInvitedAtDesc(long parentAccountId,
                                                                              Collection<RepresentationStatus> statuses);

    List<Representation> findByRepresentativeAccountIdAndStatusInOrderByInvitedAtDesc(long representativeAccountId,
                                                                                       Collection<RepresentationStatus> statuses);

    List<Representation> findByNomineeEmailAndStatusOrderByInvitedAtDesc(String nomineeEmail, RepresentationStatus status);

    List<Representation> findByCaseIdAndStatusIn(long caseId, Collection<RepresentationStatus> statuses);

    Optional<Representation> findByTokenHash(String tokenHash);
}
