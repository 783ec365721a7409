package org.childmaintenance.cases;

import static org.childmaintenance.cases.Formats.blank;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.DisplayFormats;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.CaseService.KnownChild;
import org.childmaintenance.cases.CaseService.StepResult;
import org.childmaintenance.cases.CaseService.Submitted;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.notification.NotificationService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application journey (LC-2, LC-3): the signed-in parent's draft saved page by page, its
 * pages and checks, and sending it, which creates the case and invites the other parent.
 */
@Service
public class ApplicationJourney {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseRepository cases;
    private final PartyRepository parties;
    private final ChildRepository children;
    private final TimelineRepository timeline;
    private final DraftRepository drafts;
    private final OtherParentLink link;
    private final CaseSupport support;
    private final AuditService audit;
    private final NotificationService notifications;
    private final ObjectProvider<PreApplicationReferenceCheck> referenceCheck;
    private final DuplicateCheck duplicateCheck;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String baseUrl;

    ApplicationJourney(CaseRepository cases, PartyRepository parties, ChildRepository children,
                       TimelineRepository timeline, DraftRepository drafts, OtherParentLink link, CaseSupport support,
                       AuditService audit, NotificationService notifications,
                       ObjectProvider<PreApplicationReferenceCheck> referenceCheck, DuplicateCheck duplicateCheck,
                       Clock clock, @Value("${portal.base-url}") String baseUrl, ApplicationEventPublisher events) {
        this.events = events;
        this.duplicateCheck = duplicateCheck;
        this.cases = cases;
        this.parties = parties;
        this.children = children;
        this.timeline = timeline;
        this.drafts = drafts;
        this.link = link;
        this.support = support;
        this.audit = audit;
        this.notifications = notifications;
        this.referenceCheck = referenceCheck;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The signed-in person's unfinished application (empty if none). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public ApplicationDraft myDraft() {
        return drafts.findById(support.me().accountId())
                .map(r -> json.readValue(r.answers(), ApplicationDraft.class))
                .orElseGet(ApplicationDraft::new);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public boolean hasDraft() {
        return drafts.existsById(support.me().accountId());
    }

    /** The application's pages for these answers, in order. */
    public List<ApplyStep.Ref> applicationSteps(ApplicationDraft draft) {
        return rules().steps(draft);
    }

    /** Where to carry on: the first page not answered in full. */
    public ApplyStep.Ref resumeStep(ApplicationDraft draft) {
        return rules().firstIncomplete(draft);
    }

    /** Whether a page is answered in full (check answers links to unanswered pages instead of "Change"). */
    public boolean stepComplete(ApplyStep.Ref ref, ApplicationDraft draft) {
        return rules().complete(ref, draft);
    }

    /**
     * Checks one page's answers (LC-2.2 eligibility included) and saves the draft if they are
     * right. {@code returningToCheck}: the person came from check answers, so go back there
     * unless something new needs answering.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public StepResult saveStep(ApplyStep.Ref ref, ApplicationDraft draft, boolean returningToCheck) {
        ApplicationRules rules = rules();
        List<FieldError> errors = rules.errors(ref, draft);
        if (!errors.isEmpty()) {
            return new StepResult(errors, null, null);
        }
        draft.getAnswered().add(ref.key());
        ApplyStep.Ref next = null;
        if (ref.step() == ApplyStep.MORE_CHILDREN && Boolean.TRUE.equals(draft.getMoreChildren())) {
            if (draft.getChildren().size() >= ApplicationRules.MAX_CHILDREN) {
                return new StepResult(List.of(ApplicationRules.fe("moreChildren", "error.apply.moreChildren.tooMany")), null, null);
            }
            int index = draft.getChildren().size();
            draft.child(index);
            draft.setMoreChildren(null);
            draft.getAnswered().remove(ApplyStep.MORE_CHILDREN.slug());
            next = new ApplyStep.Ref(ApplyStep.CHILD_NAME, index);
        }
        if (ref.step() == ApplyStep.SAFE_TO_SHARE || ref.step() == ApplyStep.DOMESTIC_ABUSE) {
            if (PaymentSafety.choiceWithdrawn(draft.safetyConcern(), draft.getServiceType())) {
                draft.setServiceType(null); // Direct Pay is no longer offered (LC-17.5)
            }
        }
        save(draft);
        Optional<String> stop = rules.stop(ref, draft);
        if (stop.isPresent()) {
            return new StepResult(List.of(), stop.get(), null);
        }
        if (next == null) {
            next = returningToCheck ? rules.firstIncomplete(draft) : following(rules.steps(draft), ref, draft, rules);
        }
        return new StepResult(List.of(), null, next);
    }

    private static ApplyStep.Ref following(List<ApplyStep.Ref> steps, ApplyStep.Ref ref, ApplicationDraft d,
                                           ApplicationRules rules) {
        int i = steps.indexOf(ref);
        return i < 0 || i + 1 >= steps.size() ? rules.firstIncomplete(d) : steps.get(i + 1);
    }

    /**
     * Starts the signed-in parent's application with details they already gave (the other parent's
     * name, the children), so they are not asked to type them again (WCAG 3.3.7). Answers already in
     * the draft are never overwritten; every page is still shown to be checked.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void prefillDraft(@Nullable String otherParentName, List<KnownChild> known) {
        ApplicationDraft d = myDraft();
        if (d.getOtherName() == null && otherParentName != null && !otherParentName.isBlank()) {
            d.setOtherName(otherParentName.trim());
        }
        if (d.getChildren().isEmpty()) {
            for (int i = 0; i < known.size() && i < ApplicationRules.MAX_CHILDREN; i++) {
                ApplicationDraft.ChildDraft c = d.child(i);
                c.setName(known.get(i).name());
                c.setDateOfBirth(known.get(i).dateOfBirth());
            }
        }
        save(d);
        audit.record("APPLICATION_PREFILLED", "application", Long.toString(support.me().accountId()), null);
    }

    /**
     * Starts (or tops up) the signed-in parent's application from a case that is closing (an old-scheme
     * case): who they are in it, the other parent's name, date of birth and e-mail, and the children are
     * filled in where the draft has no answer yet; the earlier case's reference and the new case's start
     * date (the day after the old liability ends, so there is no gap) are always taken. Every page is
     * still shown to be checked; nothing is sent.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void prefillContinuation(CaseService.Continuation c) {
        ApplicationDraft d = myDraft();
        if (d.getApplicantType() == null) {
            d.setApplicantType(c.applicantType());
        }
        if (d.getOtherName() == null && !c.otherParentName().isBlank()) {
            d.setOtherName(c.otherParentName().trim());
        }
        if (d.getOtherDateOfBirth() == null && !d.isOtherDateOfBirthUnknown()) {
            d.setOtherDateOfBirth(c.otherDateOfBirth());
        }
        if (d.getOtherEmail() == null && c.otherEmail() != null) {
            d.setOtherEmail(c.otherEmail());
        }
        if (d.getChildren().isEmpty()) {
            for (int i = 0; i < c.children().size() && i < ApplicationRules.MAX_CHILDREN; i++) {
                ApplicationDraft.ChildDraft k = d.child(i);
                k.setName(c.children().get(i).name());
                k.setDateOfBirth(c.children().get(i).dateOfBirth());
            }
        }
        d.setContinuesFrom(c.continuesFrom());
        d.setStartsOn(c.startsOn());
        save(d);
        audit.record("APPLICATION_PREFILLED", "application", Long.toString(support.me().accountId()),
                "continues " + c.continuesFrom() + " from " + c.startsOn());
    }

    /** Takes a child out of the application (e.g. one who cannot be included). */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void removeChild(int index) {
        ApplicationDraft d = myDraft();
        if (index < 0 || index >= d.getChildren().size()) {
            return;
        }
        List<ApplicationDraft.ChildDraft> kids = new ArrayList<>(d.getChildren());
        kids.remove(index);
        d.setChildren(kids);
        Set<String> answered = new LinkedHashSet<>();
        for (String key : d.getAnswered()) {
            int slash = key.indexOf('/');
            if (slash < 0) {
                answered.add(key);
                continue;
            }
            int i = Integer.parseInt(key.substring(slash + 1));
            if (i < index) {
                answered.add(key);
            } else if (i > index) {
                answered.add(key.substring(0, slash + 1) + (i - 1));
            }
        }
        d.setAnswered(answered);
        save(d);
        audit.record("APPLICATION_CHILD_REMOVED", "account", Long.toString(support.me().accountId()), null);
    }

    /** Throws away the unfinished application. */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void discardDraft() {
        drafts.deleteById(support.me().accountId());
        audit.record("APPLICATION_DISCARDED", "account", Long.toString(support.me().accountId()), null);
    }

    private void save(ApplicationDraft draft) {
        long id = support.me().accountId();
        String answers = json.writeValueAsString(draft);
        drafts.findById(id).ifPresentOrElse(r -> r.update(answers, clock.instant()),
                () -> drafts.save(new DraftRecord(id, answers, clock.instant())));
    }

    /**
     * Sends the application (LC-3.3): creates the case with a 12-digit reference beginning 121,
     * sets the applicant's safety flag from their answers (LC-17.6) and, when the other parent's
     * e-mail is known, sends them a one-time activation code. An application that may duplicate an
     * open case (same child, a parent in common) goes to a caseworker instead, revealing nothing
     * (LC-2.2, LC-17.6); only a parent already on that case is told.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public Submitted submitApplication() {
        PortalUser me = support.me();
        ApplicationDraft d = myDraft();
        ApplicationRules rules = rules();
        for (ApplyStep.Ref ref : rules.steps(d)) {
            if (ref.step() != ApplyStep.CHECK && !rules.complete(ref, d)) {
                throw new UserFacingException("error.apply.incomplete");
            }
        }
        List<MaintenanceCase> duplicates = duplicateCheck.possibleDuplicates(me, d);
        ApplicantType type = d.getApplicantType();
        ServiceType service = PaymentSafety.serviceTypeFor(d.safetyConcern(), d.getServiceType());
        MaintenanceCase c = cases.save(new MaintenanceCase(newCaseReference(), me.accountId(), type,
                Formats.digitsOnly(d.getPreApplicationReference()), service, Boolean.TRUE.equals(d.getDomesticAbuse()),
                clock.instant()));
        Party applicant = new Party(c.id(), type.role(), me.accountId(), me.fullName());
        applicant.details(null, null, null, me.email());
        applicant.address(d.getAddress().trim(), Formats.tidyPostcode(d.getPostcode()));
        applicant.phone(blank(d.getPhone()) ? null : d.getPhone().trim());
        if (d.safetyConcern()) {
            applicant.flagSafety();
        }
        if (type.role() == PartyRole.RECEIVING) {
            applicant.bank(d.getBankAccountName().trim(), Formats.digitsOnly(d.getSortCode()),
                    Formats.digitsOnly(d.getAccountNumber()));
        }
        if (d.getContinuesFrom() != null && d.getStartsOn() != null) {
            c.continues(d.getContinuesFrom(), d.getStartsOn());
        }
        parties.save(applicant);
        Party other = new Party(c.id(), type.role().other(), null, d.getOtherName().trim());
        other.details(d.isOtherDateOfBirthUnknown() ? null : d.getOtherDateOfBirth(),
                blank(d.getOtherNiNumber()) ? null : Formats.compactUpper(d.getOtherNiNumber()),
                blank(d.getOtherEmployer()) ? null : d.getOtherEmployer().trim(),
                blank(d.getOtherEmail()) ? null : d.getOtherEmail().trim().toLowerCase(Locale.UK));
        if (Boolean.TRUE.equals(d.getOtherAddressKnown())) {
            other.address(d.getOtherAddress().trim(), Formats.tidyPostcode(d.getOtherPostcode()));
        }
        parties.save(other);
        int position = 0;
        for (ApplicationDraft.ChildDraft k : d.getChildren()) {
            children.save(new CaseChild(c.id(), position++, k.getName(), k.getDateOfBirth(), k.getInEducation()));
        }
        timeline.save(new TimelineEntry(c.id(), type.role().name(), clock.instant(), () -> Texts.t("timeline.applied")));
        if (!duplicates.isEmpty()) {
            // A caseworker checks first; the other parent is contacted from the casework queue.
            duplicateCheck.routeToCasework(c, duplicates);
        } else if (other.email() != null) {
            String code = link.newInvitation(c, "EMAIL");
            LocalDate expires = support.today().plusDays(OtherParentLink.INVITATION_LIFETIME.toDays());
            notifications.sendMail(other.email(), () -> Texts.t("mail.invite.subject"),
                    () -> Texts.t("mail.invite.body", other.fullName(), CaseParties.shownName(applicant), code,
                            baseUrl + "/link-case", DisplayFormats.date(expires)));
        }
        drafts.deleteById(me.accountId());
        audit.record("CASE_APPLIED", "case", c.id().toString(), "Reference " + c.reference() + " as " + type);
        events.publishEvent(new ApplicationSent(c.id(), c.reference(), me.accountId(), c.continuesFrom(),
                c.earliestEffectiveDate()));
        return new Submitted(c.id(), c.reference());
    }

    private ApplicationRules rules() {
        return new ApplicationRules(support.today(), this::referenceIssued);
    }

    /** The one place that asks whether a pre-application reference was issued (options feature, when it exists). */
    private boolean referenceIssued(String reference) {
        PreApplicationReferenceCheck check = referenceCheck.getIfAvailable();
        return check == null || check.wasIssued(reference);
    }

    private String newCaseReference() {
        for (int i = 0; i < 20; i++) {
            String reference = "121" + String.format("%09d", RANDOM.nextInt(1_000_000_000));
            if (!cases.existsByReference(reference)) {
                return reference;
            }
        }
        throw new IllegalStateException("Could not find a free case reference");
    }
}
