package org.childmaintenance.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A qualifying child on a case; {@code endedOn} is set when the child stops qualifying (LC-11). */
@Entity
@Table(name = "cm_child")
class CaseChild {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(nullable = false)
    private int position;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "name_key", nullable = false)
    private String nameKey;
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;
    @Column(name = "in_education")
    private @Nullable Boolean inEducation;
    @Column(nullable = false)
    private int nights;
    @Column(name = "ended_on")
    private @Nullable LocalDate endedOn;
    @Column(name = "end_reason")
    private @Nullable String endReason;

    protected CaseChild() {
    }

    CaseChild(long caseId, int position, String fullName, LocalDate dateOfBirth, @Nullable Boolean inEducation) {
        this.caseId = caseId;
        this.position = position;
        this.fullName = fullName.trim();
        this.nameKey = Formats.nameKey(fullName);
        this.dateOfBirth = dateOfBirth;
        this.inEducation = inEducation;
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    int position() { return position; }
    String fullName() { return fullName; }
    LocalDate dateOfBirth() { return dateOfBirth; }
    @Nullable Boolean inEducation() { return inEducation; }
    int nights() { return nights; }
    @Nullable LocalDate endedOn() { return endedOn; }
    @Nullable String endReason() { return endReason; }

    /** Whether the child still counts on {@code day}. */
    boolean qualifiesOn(LocalDate day) {
        return endedOn == null || day.isBefore(endedOn);
    }

    void nights(int nights) {
        this.nights = nights;
    }

    void inEducation(boolean inEducation) {
        this.inEducation = inEducation;
    }

    void end(LocalDate on, String reason) {
        this.endedOn = on;
        this.endReason = reason;
    }
}
