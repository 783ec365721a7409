package org.childmaintenance.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.childmaintenance.base.Language;
import org.childmaintenance.legacy.LegacyTypes.NextStep;
import org.childmaintenance.legacy.LegacyTypes.Role;
import org.jspecify.annotations.Nullable;

/** One parent of an old-scheme case, the portal account that is theirs once linked, and their choice. */
@Entity
@Table(name = "legacy_party")
class LegacyParty {
    /** How an account was linked to the parent. */
    static final String BY_EMAIL = "EMAIL";
    static final String BY_REFERENCE = "REFERENCE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "legacy_case_id", nullable = false)
    long legacyCaseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Role role;
    @Column(name = "full_name", nullable = false)
    String fullName;
    @Column(name = "date_of_birth", nullable = false)
    LocalDate dateOfBirth;
    @Nullable String email;
    @Column(name = "account_id")
    @Nullable Long accountId;
    @Column(name = "linked_at")
    @Nullable Instant linkedAt;
    @Column(name = "linked_by")
    @Nullable String linkedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "next_step")
    @Nullable NextStep nextStep;
    @Column(name = "next_step_at")
    @Nullable Instant nextStepAt;
    @Column(name = "next_step_detail")
    @Nullable String nextStepDetail;
    @Column(name = "new_case_starts_on")
    @Nullable LocalDate newCaseStartsOn;
    /** "en" or "cy" when the old scheme knew the parent's language (issue 17); null when it did not. */
    @Column(name = "language")
    @Nullable String language;

    protected LegacyParty() {
    }

    LegacyParty(long legacyCaseId, Role role, String fullName, LocalDate dateOfBirth, @Nullable String email,
                @Nullable Language language) {
        this.legacyCaseId = legacyCaseId;
        this.role = role;
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
        this.email = email;
        this.language = language == null ? null : language.code();
    }

    /** The language the old scheme recorded for this parent, if it did. */
    Optional<Language> knownLanguage() {
        return Language.fromCode(language);
    }

    void link(long account, String how, Instant at) {
        accountId = account;
        linkedBy = how;
        linkedAt = at;
    }

    void choose(NextStep step, @Nullable String detail, @Nullable LocalDate startsOn, Instant at) {
        nextStep = step;
        nextStepDetail = detail;
        newCaseStartsOn = startsOn;
        nextStepAt = at;
    }
}
