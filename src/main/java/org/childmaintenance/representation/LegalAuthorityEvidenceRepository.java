package org.childmaintenance.representation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Evidence files by status (the caseworker's queue). */
interface LegalAuthorityEvidenceRepository extends JpaRepository<LegalAuthorityEvidence, Long> {
    List<LegalAuthorityEvidence> findByStatusOrderByUploadedAtAsc(LegalAuthorityEvidence.Status status);
}
