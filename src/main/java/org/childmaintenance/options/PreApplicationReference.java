package org.childmaintenance.options;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reference number given at the end of the options journey, quoted when applying. */
@Entity
@Table(name = "pre_application_reference")
class PreApplicationReference {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 9)
    private String reference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WhereYouLive country;
    @Enumerated(EnumType.STRING)
    @Column(name = "other_parent_in_uk", nullable = false)
    private Answer otherParentInUk;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_role", nullable = false)
    private ParentRole applicantRole;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected PreApplicationReference() {
    }

    PreApplicationReference(String reference, WhereYouLive country, Answer otherParentInUk, ParentRole role,
                            Instant issuedAt) {
        this.reference = reference;
        this.country = country;
        this.otherParentInUk = otherParentInUk;
        this.applicantRole = role;
        this.issuedAt = issuedAt;
    }

    PreApplication toRecord() {
        return new PreApplication(reference, applicantRole, otherParentInUk, issuedAt);
    }
}
