package org.childmaintenance.options;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A child an arrangement is for: first name and, if given, date of birth. */
@Entity
@Table(name = "family_arrangement_child")
class ArrangementChild {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    int position;
    @Column(name = "first_name", nullable = false)
    String firstName;
    @Column(name = "date_of_birth")
    LocalDate dateOfBirth;

    protected ArrangementChild() {
    }

    ArrangementChild(int position, String firstName, LocalDate dateOfBirth) {
        this.position = position;
        this.firstName = firstName;
        this.dateOfBirth = dateOfBirth;
    }
}
