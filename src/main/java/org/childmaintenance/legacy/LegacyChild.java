package org.childmaintenance.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A child of an old-scheme case (carried into an arrangement or an application). */
@Entity
@Table(name = "legacy_child")
class LegacyChild {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "legacy_case_id", nullable = false)
    long legacyCaseId;
    @Column(nullable = false)
    int position;
    @Column(name = "full_name", nullable = false)
    String fullName;
    @Column(name = "date_of_birth", nullable = false)
    LocalDate dateOfBirth;

    protected LegacyChild() {
    }

    LegacyChild(long legacyCaseId, int position, String fullName, LocalDate dateOfBirth) {
        this.legacyCaseId = legacyCaseId;
        this.position = position;
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
    }
}
