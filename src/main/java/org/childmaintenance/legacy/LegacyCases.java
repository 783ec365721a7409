package org.childmaintenance.legacy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.ApplicantType;
import org.childmaintenance.cases.ApplicationSent;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.identity.RateLimits;
import org.childmaintenance.legacy.LegacyTypes.NextStep;
import org.childmaintenance.legacy.LegacyTypes.Role;
import org.childmaintenance.legacy.LegacyViews.ChildInfo;
import org.childmaintenance.legacy.LegacyViews.LetterInfo;
import org.childmaintenance.legacy.LegacyViews.LinkOutcome;
import org.childmaintenance.legacy.LegacyViews.ParentCase;
import org.childmaintenance.options.ArrangementRecords.ChildDetails;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.ParentRole;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's old-scheme case: found by the e-mail address the old scheme had (when they register or
 * sign in with it) or by its reference and their date of birth (a few attempts an hour), shown with the
 * amount, the liability end date and arrears, and what they will do next once the end date is known —
 * a family-based arrangement (the options feature's builder, prefilled), an application to the service
 * (the cases feature's application, prefilled, starting the day after the old liability ends) or no
 * arrangement. Each parent sees only their own side: never the other parent's contact details.
 */
@Service
public class LegacyCases {
    static final int LINK_ATTEMPTS_PER_HOUR = 5;
    static final int LINK_ATTEMPTS_PER_REFERENCE_A_DAY = 10;
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9-]{5,19}");
    private final LegacyCaseRepository cases;
    private final LegacyPartyRepository parties;
    private final LegacyChildRepository children;
    private final LegacyLetterRepository letters;
    private final CurrentUser currentUser;
    private final RateLimits rateLimits;
    private final ArrangementService arrangements;
    private final CaseService caseService;
    private final AuditService audit;
    private final Clock clock;

    LegacyCases(LegacyCaseRepository cases, LegacyPartyRepository parties, LegacyChildRepository children,
                LegacyLetterRepository letters, CurrentUser currentUser, RateLimits rateLimits,
                ArrangementService arrangements, CaseService caseService, AuditService audit, Clock clock) {
        this.cases = cases;
        this.parties = parties;
        this.children = children;
        this.letters = letters;
        this.currentUser = currentUser;
        this.rateLimits = rateLimits;
        this.arrangements = arrangements;
        this.caseService = caseService;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The signed-in parent's old-scheme cases. A parent who registered (or signs in) with the e-mail
     * address the old scheme had is linked to that case here, once.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public List<ParentCase> mine() {
        PortalUser me = currentUser.require();
        for (LegacyParty p : parties.findByAccountIdIsNullAndEmailIgnoreCase(me.email())) {
            if (!linkedToOtherSide(p, me.accountId())) {
                p.link(me.accountId(), LegacyParty.BY_EMAIL, clock.instant());
                audit.record("LEGACY_CASE_LINKED", "legacy-case", Long.toString(p.legacyCaseId), "by e-mail as " + p.role);
            }
        }
        return parties.findByAccountId(me.accountId()).stream()
                .sorted(java.util.Comparator.comparing((LegacyParty p) -> p.legacyCaseId))
                .map(this::view).toList();
    }

    /**
     * Links the signed-in parent to the old-scheme case with this reference where their date of birth
     * matches one of its parents. Refused the same way whatever is wrong (no case, wrong date, already
     * someone else's), so it reveals nothing; 5 attempts an hour per account and 10 a day per reference.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public LinkOutcome linkByReference(@Nullable String legacyReference, @Nullable LocalDate dateOfBirth) {
        PortalUser me = currentUser.require();
        String reference = legacyReference == null ? "" : legacyReference.strip().replace(" ", "").toUpperCase(Locale.UK);
        List<FieldError> errors = new ArrayList<>();
        if (reference.isEmpty()) {
            errors.add(new FieldError("reference", "legacy.link.error.referenceMissing"));
        } else if (!REFERENCE.matcher(reference).matches()) {
            errors.add(new FieldError("reference", "legacy.link.error.referenceFormat"));
        }
        if (dateOfBirth == null) {
            errors.add(new FieldError("dateOfBirth", "legacy.link.error.dateMissing"));
        } else if (!dateOfBirth.isBefore(LocalDate.now(clock))) {
            errors.add(new FieldError("dateOfBirth", "legacy.link.error.dateFuture"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        RateLimits.Decision byAccount = rateLimits.acquire("legacy-link:account:" + me.accountId(), LINK_ATTEMPTS_PER_HOUR,
                Duration.ofHours(1));
        RateLimits.Decision byReference = rateLimits.acquire("legacy-link:reference:" + reference,
                LINK_ATTEMPTS_PER_REFERENCE_A_DAY, Duration.ofDays(1));
        if (!byAccount.allowed() || !byReference.allowed()) {
            if (byAccount.firstRefusal() || byReference.firstRefusal()) {
                audit.recordSecurityEvent("LEGACY_LINK_LIMITED", me.accountId(), me.email(), null);
            }
            return LinkOutcome.TOO_MANY_ATTEMPTS;
        }
        LegacyParty found = cases.findByLegacyReference(reference)
                .map(c -> parties.findByLegacyCaseIdOrderByRoleAsc(c.id)).orElse(List.of()).stream()
                .filter(p -> p.dateOfBirth.equals(dateOfBirth))
                .filter(p -> p.accountId == null || p.accountId == me.accountId())
                .filter(p -> !linkedToOtherSide(p, me.accountId()))
                .findFirst().orElse(null);
        if (found == null) {
            audit.recordSecurityEvent("LEGACY_LINK_FAILED", me.accountId(), me.email(), null);
            return LinkOutcome.NOT_FOUND;
        }
        if (found.accountId == null) {
            found.link(me.accountId(), LegacyParty.BY_REFERENCE, clock.instant());
            audit.record("LEGACY_CASE_LINKED", "legacy-case", Long.toString(found.legacyCaseId), "by reference as " + found.role);
        }
        return LinkOutcome.LINKED;
    }

    /** One of the signed-in parent's old-scheme cases; refused unless they are linked to it. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public ParentCase details(long legacyCaseId) {
        return view(myParty(legacyCaseId));
    }

    /**
     * "Make a family-based arrangement": starts one in the arrangement builder (options feature) with
     * this parent's role, the other parent's name, the children and the old weekly amount as a starting
     * point (the parents may agree any amount), and records the choice. Returns the arrangement's id.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public long startFamilyArrangement(long legacyCaseId) {
        LegacyParty me = myParty(legacyCaseId);
        LegacyCase c = withEndDate(legacyCaseId);
        LegacyParty other = otherParty(me);
        long id = arrangements.start();
        arrangements.saveParties(id, me.role == Role.PAYING ? ParentRole.PAYING : ParentRole.RECEIVING, other.fullName);
        LocalDate today = LocalDate.now(clock);
        List<ChildDetails> kids = children.findByLegacyCaseIdOrderByPositionAsc(legacyCaseId).stream()
                .filter(k -> k.dateOfBirth.isAfter(today.minusYears(20)))
                .map(k -> new ChildDetails(k.fullName.strip().split("\\s+")[0], k.dateOfBirth)).toList();
        if (!kids.isEmpty()) {
            arrangements.saveChildren(id, kids);
        }
        if (c.weeklyAmount.signum() > 0) {
            arrangements.saveAmount(id, c.weeklyAmount.toPlainString(), Frequency.WEEKLY);
        }
        me.choose(NextStep.FAMILY_ARRANGEMENT, Long.toString(id), null, clock.instant());
        audit.record("LEGACY_NEXT_STEP", "legacy-case", Long.toString(legacyCaseId), me.role + " " + NextStep.FAMILY_ARRANGEMENT);
        return id;
    }

    /**
     * "Apply to the Child Maintenance Service": fills in the parent's application (cases feature) with
     * what the old case knew — their role, the other parent's name, date of birth and e-mail (so the
     * other parent is invited in the usual way when it is sent), the children — and the day the new case
     * starts: the day after the old liability ends, so there is no gap. Returns that day.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public LocalDate applyToService(long legacyCaseId) {
        LegacyParty me = myParty(legacyCaseId);
        LegacyCase c = withEndDate(legacyCaseId);
        LegacyParty other = otherParty(me);
        LocalDate startsOn = c.liabilityEndDate.plusDays(1);
        caseService.prefillContinuation(new CaseService.Continuation(
                me.role == Role.PAYING ? ApplicantType.PAYING_PARENT : ApplicantType.RECEIVING_PARENT, other.fullName,
                other.dateOfBirth, other.email,
                children.findByLegacyCaseIdOrderByPositionAsc(legacyCaseId).stream()
                        .map(k -> new CaseService.KnownChild(k.fullName, k.dateOfBirth)).toList(),
                c.legacyReference, startsOn));
        me.choose(NextStep.APPLY, null, startsOn, clock.instant());
        audit.record("LEGACY_NEXT_STEP", "legacy-case", Long.toString(legacyCaseId), me.role + " " + NextStep.APPLY);
        return startsOn;
    }

    /** "We will not make an arrangement": recorded (casework sees it); the parent may choose again later. */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void chooseNoArrangement(long legacyCaseId) {
        LegacyParty me = myParty(legacyCaseId);
        withEndDate(legacyCaseId);
        me.choose(NextStep.NO_ARRANGEMENT, null, null, clock.instant());
        audit.record("LEGACY_NEXT_STEP", "legacy-case", Long.toString(legacyCaseId), me.role + " " + NextStep.NO_ARRANGEMENT);
    }

    /** The application a parent chose to make was sent: its case reference is recorded with their choice. */
    @EventListener
    @Transactional
    void on(ApplicationSent sent) {
        if (sent.continuesFrom() == null) {
            return;
        }
        cases.findByLegacyReference(sent.continuesFrom()).ifPresent(c -> parties.findByLegacyCaseIdOrderByRoleAsc(c.id)
                .stream().filter(p -> p.accountId != null && p.accountId == sent.applicantAccountId()).findFirst()
                .ifPresent(p -> {
                    p.choose(NextStep.APPLY, sent.caseReference(), sent.startsOn(), clock.instant());
                    audit.record("LEGACY_APPLICATION_SENT", "legacy-case", Long.toString(c.id), sent.caseReference());
                }));
    }

    /** Demo data only (no one signed in): a parent's choice as if they had made it. */
    @Transactional
    void recordChoiceAsSystem(String legacyReference, Role role, NextStep step, @Nullable String detail,
                              @Nullable LocalDate startsOn) {
        if (currentUser.get().isPresent()) {
            throw new AccessDeniedException("System use only");
        }
        LegacyCase c = cases.findByLegacyReference(legacyReference).orElseThrow();
        parties.findByLegacyCaseIdOrderByRoleAsc(c.id).stream().filter(p -> p.role == role).findFirst().orElseThrow()
                .choose(step, detail, startsOn, clock.instant());
    }

    private LegacyParty myParty(long legacyCaseId) {
        long me = currentUser.require().accountId();
        return parties.findByLegacyCaseIdOrderByRoleAsc(legacyCaseId).stream()
                .filter(p -> p.accountId != null && p.accountId == me).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not a parent of this old-scheme case"));
    }

    private LegacyCase withEndDate(long legacyCaseId) {
        LegacyCase c = cases.findById(legacyCaseId).orElseThrow();
        if (c.liabilityEndDate == null) {
            throw new UserFacingException("legacy.error.noEndDate");
        }
        return c;
    }

    private LegacyParty otherParty(LegacyParty me) {
        return parties.findByLegacyCaseIdOrderByRoleAsc(me.legacyCaseId).stream().filter(p -> p.role != me.role)
                .findFirst().orElseThrow();
    }

    private boolean linkedToOtherSide(LegacyParty p, long accountId) {
        return parties.findByLegacyCaseIdOrderByRoleAsc(p.legacyCaseId).stream()
                .anyMatch(o -> o.role != p.role && o.accountId != null && o.accountId == accountId);
    }

    private ParentCase view(LegacyParty me) {
        LegacyCase c = cases.findById(me.legacyCaseId).orElseThrow();
        List<ChildInfo> kids = children.findByLegacyCaseIdOrderByPositionAsc(c.id).stream()
                .map(k -> new ChildInfo(k.fullName, k.dateOfBirth)).toList();
        List<LetterInfo> mine = letters.findByPartyIdInOrderByLetterDateDescIdDesc(List.of(me.id)).stream()
                .map(l -> new LetterInfo(l.id, l.kind, l.letterDate, l.createdAt)).toList();
        return new ParentCase(c.id, c.legacyReference, c.scheme, me.role, otherParty(me).fullName, kids, c.weeklyAmount,
                c.liabilityEndDate, c.stage, c.arrearsBalance, c.arrearsCaseReference, me.nextStep, me.nextStepDetail,
                me.newCaseStartsOn, mine);
    }
}
