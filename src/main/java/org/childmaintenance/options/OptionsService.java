package org.childmaintenance.options;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.SecureCodes;
import org.childmaintenance.base.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What are my options": the eligibility rules of the options journey and the pre-application
 * reference number it issues when someone chooses the Child Maintenance Service (case-lifecycle.md
 * LC-2.1, LC-2.2; journeys.md §1). Public: no sign-in needed.
 */
@Service
public class OptionsService {
    /** 9 digits starting 85, 95 or 96 (journeys.md: "URN"). */
    static final Pattern REFERENCE = Pattern.compile("(85|95|96)\\d{7}");
    private static final String[] PREFIXES = {"85", "95", "96"};

    private final PreApplicationReferenceRepository references;
    private final AuditService audit;
    private final Clock clock;

    OptionsService(PreApplicationReferenceRepository references, AuditService audit, Clock clock) {
        this.references = references;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Where the answers so far lead, checking in the order the questions are asked: Northern Ireland,
     * living abroad without a UK employer (yours, then the other parent's), a court order for
     * maintenance made in the last 12 months, no qualifying child (LC-2.2). "I do not know" whether the
     * other parent lives in the UK lets the person carry on.
     */
    public Eligibility check(EligibilityAnswers a) {
        if (a.whereYouLive() == null) {
            return Eligibility.INCOMPLETE;
        }
        if (a.whereYouLive() == WhereYouLive.NORTHERN_IRELAND) {
            return Eligibility.NORTHERN_IRELAND;
        }
        if (a.whereYouLive() == WhereYouLive.ELSEWHERE) {
            if (a.youWorkForUkEmployer() == null) {
                return Eligibility.INCOMPLETE;
            }
            if (a.youWorkForUkEmployer() != Answer.YES) {
                return Eligibility.NOT_IN_UK;
            }
        }
        if (a.otherParentInUk() == null) {
            return Eligibility.INCOMPLETE;
        }
        if (a.otherParentInUk() == Answer.NO) {
            if (a.otherParentWorksForUkEmployer() == null) {
                return Eligibility.INCOMPLETE;
            }
            if (a.otherParentWorksForUkEmployer() != Answer.YES) {
                return Eligibility.OTHER_PARENT_NOT_IN_UK;
            }
        }
        if (a.role() == null || a.courtOrderInLast12Months() == null) {
            return Eligibility.INCOMPLETE;
        }
        if (a.courtOrderInLast12Months() == Answer.YES) {
            return Eligibility.RECENT_COURT_ORDER;
        }
        if (a.childrenEligible() == null) {
            return Eligibility.INCOMPLETE;
        }
        if (a.childrenEligible() != Answer.YES) {
            return Eligibility.CHILDREN_NOT_ELIGIBLE;
        }
        return Eligibility.MAY_APPLY;
    }

    /**
     * Issues and stores a new reference number for someone who chose the Child Maintenance Service
     * (LC-2.1). Refused unless {@link #check} says {@link Eligibility#MAY_APPLY}.
     */
    @Transactional
    public String issueReference(EligibilityAnswers answers) {
        if (check(answers) != Eligibility.MAY_APPLY) {
            throw new UserFacingException("error.options.notEligible");
        }
        String reference;
        do {
            reference = SecureCodes.oneOf(PREFIXES) + SecureCodes.digits(7);
        } while (references.existsByReference(reference));
        references.save(new PreApplicationReference(reference, answers.whereYouLive(), answers.otherParentInUk(),
                answers.role(), clock.instant()));
        audit.record("PRE_APPLICATION_REFERENCE_ISSUED", "pre-application", reference, answers.role().name());
        return reference;
    }

    /**
     * Whether {@code reference} is a well-formed reference number (9 digits starting 85, 95 or 96;
     * spaces ignored) that this service has issued. For the application journey.
     */
    @Transactional(readOnly = true)
    public boolean isIssuedReference(String reference) {
        return normalise(reference).filter(references::existsByReference).isPresent();
    }

    /** The answers recorded with an issued reference number, so the application need not ask again. */
    @Transactional(readOnly = true)
    public Optional<PreApplication> findIssued(String reference) {
        return normalise(reference).flatMap(references::findByReference).map(PreApplicationReference::toRecord);
    }

    /** Whether the text has the shape of a reference number, issued or not. */
    public static boolean isWellFormed(String reference) {
        return normalise(reference).isPresent();
    }

    private static Optional<String> normalise(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String digits = reference.replaceAll("[\\s-]", "");
        return REFERENCE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
