package org.childmaintenance.cases;

import static org.childmaintenance.cases.Formats.blank;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.notification.NotificationService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case feature's one public face: apply (draft saved page by page), link the other parent,
 * parentage, the paying parent's details and decisions, payment schedules, reported changes and
 * what each party may see. Every method that takes a case id checks access first
 * ({@link AccessService#requireCaseAccess}) and every change is audited. Messages are
 * translation keys.
 */
@Service
public class CaseService {
    static final Duration INVITATION_LIFETIME = Duration.ofDays(28);
    static final int DETAILS_DAYS = 14;
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int MAX_CODE_FAILURES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    // ---- What the service returns -------------------------------------------------------

    /** The outcome of saving one page: errors to show, a reason the application cannot go on, or the next page. */
    public record StepResult(List<FieldError> errors, @Nullable String stop, ApplyStep.@Nullable Ref next) {
    }

    /** A sent application. */
    public record Submitted(long caseId, String reference) {
    }

    /** One case in a parent's list. */
    public record CaseSummary(long id, String reference, CaseStatus status, PartyRole myRole, String otherParentName,
                              List<String> childNames) {
    }

    /** A child as both parents may see it. */
    public record ChildView(long id, String name, LocalDate dateOfBirth, int nights, @Nullable LocalDate endedOn) {
    }

    /** One step of how the amount was worked out. */
    public record ExplanationStep(String step, String explanation) {
    }

    /** A decision as both parents may see it (LC-6.1, LC-6.3): the income used, counts, nights, the amount. */
    public record DecisionView(long id, DecisionKind kind, LocalDate effectiveDate, BigDecimal weeklyAmount,
                               String rateBand, @Nullable BigDecimal grossWeeklyIncome, int qualifyingChildren,
                               int relevantOtherChildren, int otherArrangementChildren, String sharedCareNights,
                               ServiceType serviceType, String reason, Instant decidedAt, List<ExplanationStep> steps) {
    }

    /** One instalment of a schedule: the days it pays for [periodStart, periodEnd), when it is due, how much. */
    public record InstalmentView(long id, long decisionId, LocalDate periodStart, LocalDate periodEnd,
                                 LocalDate dueDate, BigDecimal amount) {
    }

    public record TimelineItem(Instant at, String message) {
    }

    public record DocumentInfo(long id, String title, Instant createdAt) {
    }

    /** The person's own details on the case (never the other party's). Bank account shown by its last 4 digits. */
    public record MyDetails(String name, @Nullable String address, @Nullable String postcode, @Nullable String phone,
                            @Nullable String email, @Nullable String employer, @Nullable String bankAccountName,
                            @Nullable String bankSortCode, @Nullable String bankAccountEnding) {
    }

    /** Everything "My case" shows one party. */
    public record CaseOverview(long id, String reference, CaseStatus status, PartyRole myRole, String otherParentName,
                               List<ChildView> children, ServiceType serviceType, @Nullable DecisionView decision,
                               @Nullable InstalmentView nextPayment, @Nullable PaymentFrequency paymentFrequency,
                               List<InstalmentView> schedule, @Nullable LocalDate reviewDate,
                               @Nullable LocalDate detailsDueDate, boolean canGiveDetails, List<TimelineItem> timeline,
                               List<DocumentInfo> documents, MyDetails myDetails) {
    }

    /** What the other parent sees before linking with their code. */
    public record InvitationPreview(String caseReference, PartyRole yourRole, String applicantName,
                                    List<String> childNames) {
    }

    /** What a reported change would do (shown before it is sent). */
    public record ChangePreview(BigDecimal currentWeekly, @Nullable BigDecimal newWeekly, boolean newDecision,
                                String explanation, @Nullable LocalDate effectiveDate, boolean closesCase) {
    }

    /** What happened to a reported change. */
    public record ChangeResult(String message, @Nullable DecisionView decision) {
    }

    /** A line in a caseworker queue. */
    public record CaseworkItem(long caseId, @Nullable Long taskId, String reference, CaseStatus status, Instant createdAt,
                               String receivingName, String payingName, @Nullable LocalDate detailsDueDate,
                               @Nullable String note) {
    }

    /** The caseworker's queues. */
    public record CaseworkQueues(List<CaseworkItem> findingOtherParent, List<CaseworkItem> parentage,
                                 List<CaseworkItem> awaitingDetails, List<CaseworkItem> closureRequests) {
    }

    /** How a parentage dispute was settled (LC-5.2, LC-5.4). */
    public enum ParentageOutcome { PRESUMED, DNA_CONFIRMED, DNA_EXCLUDED }

    /** Refused: a child already has an open case (LC-2.2, LC-3.5). */
    public static class DuplicateApplicationException extends UserFacingException {
        private final String childName;

        DuplicateApplicationException(String childName) {
            super("error.apply.duplicate");
            this.childName = childName;
        }

        public String childName() {
            return childName;
        }
    }

    // ---- Wiring -------------------------------------------------------------------------

    private final CaseRepository cases;
    private final PartyRepository parties;
    private final ChildRepository children;
    private final InvitationRepository invitations;
    private final DecisionRepository decisions;
    private final InstalmentRepository instalments;
    private final DocumentRepository documents;
    private final TimelineRepository timeline;
    private final ChangeRepository changes;
    private final DraftRepository drafts;
    private final DecisionMaker decisionMaker;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final ObjectProvider<PreApplicationReferenceCheck> referenceCheck;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String baseUrl;
    private final Map<Long, int[]> codeFailures = new ConcurrentHashMap<>();

    CaseService(CaseRepository cases, PartyRepository parties, ChildRepository children, InvitationRepository invitations,
                DecisionRepository decisions, InstalmentRepository instalments, DocumentRepository documents,
                TimelineRepository timeline, ChangeRepository changes, DraftRepository drafts,
                DecisionMaker decisionMaker, AccessService access, CurrentUser currentUser, AuditService audit,
                NotificationService notifications, ObjectProvider<PreApplicationReferenceCheck> referenceCheck,
                ApplicationEventPublisher events, Clock clock, @Value("${portal.base-url}") String baseUrl) {
        this.cases = cases;
        this.parties = parties;
        this.children = children;
        this.invitations = invitations;
        this.decisions = decisions;
        this.instalments = instalments;
        this.documents = documents;
        this.timeline = timeline;
        this.changes = changes;
        this.drafts = drafts;
        this.decisionMaker = decisionMaker;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.referenceCheck = referenceCheck;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    // ---- Apply --------------------------------------------------------------------------

    /** The signed-in person's unfinished application (empty if none). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public ApplicationDraft myDraft() {
        return drafts.findById(me().accountId())
                .map(r -> json.readValue(r.answers(), ApplicationDraft.class))
                .orElseGet(ApplicationDraft::new);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public boolean hasDraft() {
        return drafts.existsById(me().accountId());
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
            if (draft.safetyConcern() && draft.getServiceType() == ServiceType.DIRECT_PAY) {
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
     * Casework moved the case between Direct Pay and Collect and Pay from the payments side (LC-7.2:
     * missed Direct Pay payments). The case follows, and both parents are told.
     */
    @Transactional
    public void serviceTypeChangedByCasework(long caseId, ServiceType type, String reason) {
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        if (c.serviceType() == type) {
            return; // e.g. the parents' own switch, already recorded here
        }
        if (!currentUser.hasRole(Roles.CASEWORKER)) {
            throw new AccessDeniedException("Only casework moves a case like this");
        }
        c.serviceType(type);
        decisionMaker.tellBoth(c, Texts.t("timeline.serviceType", Texts.t("serviceType." + type.name())));
        audit.record("CASE_SERVICE_TYPE_CHANGED", "case", c.id().toString(), type.name() + " by casework: " + reason);
    }

    /** A child someone already told us about elsewhere (for example in a family-based arrangement). */
    public record KnownChild(String name, @Nullable LocalDate dateOfBirth) {
    }

    /**
     * Starts the signed-in parent's application with details they already gave (the other parent's
     * name, the children), so they are not asked to type them again (WCAG 3.3.7). Answers already in
     * the draft are never overwritten; every page is still shown to be checked.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void prefillDraft(@Nullable String otherParentName, List<KnownChild> children) {
        ApplicationDraft d = myDraft();
        if (d.getOtherName() == null && otherParentName != null && !otherParentName.isBlank()) {
            d.setOtherName(otherParentName.trim());
        }
        if (d.getChildren().isEmpty()) {
            for (int i = 0; i < children.size() && i < ApplicationRules.MAX_CHILDREN; i++) {
                ApplicationDraft.ChildDraft c = d.child(i);
                c.setName(children.get(i).name());
                c.setDateOfBirth(children.get(i).dateOfBirth());
            }
        }
        save(d);
        audit.record("APPLICATION_PREFILLED", "application", Long.toString(me().accountId()), null);
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
        audit.record("APPLICATION_CHILD_REMOVED", "account", Long.toString(me().accountId()), null);
    }

    /** Throws away the unfinished application. */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public void discardDraft() {
        drafts.deleteById(me().accountId());
        audit.record("APPLICATION_DISCARDED", "account", Long.toString(me().accountId()), null);
    }

    private void save(ApplicationDraft draft) {
        long id = me().accountId();
        String answers = json.writeValueAsString(draft);
        drafts.findById(id).ifPresentOrElse(r -> r.update(answers, clock.instant()),
                () -> drafts.save(new DraftRecord(id, answers, clock.instant())));
    }

    /**
     * Sends the application (LC-3.3): creates the case with a 12-digit reference beginning 121,
     * sets the applicant's safety flag from their answers (LC-17.6) and, when the other parent's
     * e-mail is known, sends them a one-time activation code. Refuses a child who already has an
     * open case (LC-2.2).
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public Submitted submitApplication() {
        PortalUser me = me();
        ApplicationDraft d = myDraft();
        ApplicationRules rules = rules();
        for (ApplyStep.Ref ref : rules.steps(d)) {
            if (ref.step() != ApplyStep.CHECK && !rules.complete(ref, d)) {
                throw new UserFacingException("error.apply.incomplete");
            }
        }
        for (ApplicationDraft.ChildDraft k : d.getChildren()) {
            if (!children.findOpen(Formats.nameKey(k.getName()), k.getDateOfBirth(), CaseStatus.CLOSED).isEmpty()) {
                throw new DuplicateApplicationException(k.getName().trim());
            }
        }
        ApplicantType type = d.getApplicantType();
        ServiceType service = d.safetyConcern() ? ServiceType.COLLECT_AND_PAY : d.getServiceType();
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
        timeline.save(new TimelineEntry(c.id(), type.role().name(), clock.instant(), Texts.t("timeline.applied")));
        if (other.email() != null) {
            String code = newInvitation(c, "EMAIL");
            notifications.sendMail(other.email(), Texts.t("mail.invite.subject"),
                    Texts.t("mail.invite.body", other.fullName(), shownName(applicant), code,
                            baseUrl + "/link-case", Letters.DATE.format(today().plusDays(INVITATION_LIFETIME.toDays()))));
        }
        drafts.deleteById(me.accountId());
        audit.record("CASE_APPLIED", "case", c.id().toString(), "Reference " + c.reference() + " as " + type);
        return new Submitted(c.id(), c.reference());
    }

    /** The confirmation of a sent application, for its applicant. */
    @Transactional(readOnly = true)
    public Submitted sentApplication(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        return new Submitted(c.id(), c.reference());
    }

    private ApplicationRules rules() {
        return new ApplicationRules(today(), this::referenceIssued);
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

    // ---- The other parent ---------------------------------------------------------------

    private String newInvitation(MaintenanceCase c, String channel) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        Instant now = clock.instant();
        invitations.save(new Invitation(c.id(), channel, sha256(code.toString()), now, now.plus(INVITATION_LIFETIME)));
        audit.record("CASE_INVITATION_ISSUED", "case", c.id().toString(), channel);
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    private record Invited(Invitation invitation, MaintenanceCase c, Party invitee) {
    }

    private Invited findInvitation(String code) {
        PortalUser me = me();
        int[] failures = codeFailures.computeIfAbsent(me.accountId(), k -> new int[1]);
        if (failures[0] >= MAX_CODE_FAILURES) {
            throw UserFacingException.onField("code", "error.link.tooManyAttempts");
        }
        if (blank(code)) {
            throw UserFacingException.onField("code", "error.link.code.missing");
        }
        String normalised = code.replaceAll("[\\s-]", "").toUpperCase(Locale.UK);
        Optional<Invitation> found = normalised.length() == 8
                ? invitations.findByCodeHash(sha256(normalised)).filter(i -> i.usableAt(clock.instant()))
                : Optional.empty();
        if (found.isEmpty()) {
            failures[0]++;
            throw UserFacingException.onField("code", "error.link.code.invalid");
        }
        MaintenanceCase c = cases.findById(found.get().caseId()).orElseThrow();
        if (parties.findByCaseIdAndAccountId(c.id(), me.accountId()).isPresent()) {
            throw UserFacingException.onField("code", "error.link.ownCase");
        }
        Party invitee = parties.findByCaseIdAndRole(c.id(), c.applicantType().role().other()).orElseThrow();
        if (invitee.accountId() != null || c.status() == CaseStatus.CLOSED) {
            throw UserFacingException.onField("code", "error.link.code.invalid");
        }
        failures[0] = 0;
        return new Invited(found.get(), c, invitee);
    }

    /** What the other parent is shown before linking: the case, their side, the applicant's name and the children. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public InvitationPreview previewInvitation(String code) {
        Invited inv = findInvitation(code);
        Party applicant = parties.findByCaseIdAndRole(inv.c().id(), inv.c().applicantType().role()).orElseThrow();
        return new InvitationPreview(inv.c().reference(), inv.invitee().role(), shownName(applicant),
                childNames(inv.c().id()));
    }

    /**
     * Links the signed-in parent to a case with their activation code (LC-3.7). That is the
     * paying parent's notice (LC-4.2): the initial effective date is the next day (electronic
     * notice, LC-4.3), or the application date when the paying parent applied. A paying parent
     * who says they may not be the parent opens a parentage dispute (LC-5.1) instead.
     */
    @Transactional
    @PreAuthorize("hasRole('PARENT')")
    public long acceptInvitation(String code, @Nullable Boolean acceptsParentage) {
        Invited inv = findInvitation(code);
        MaintenanceCase c = inv.c();
        Party invitee = inv.invitee();
        if (invitee.role() == PartyRole.PAYING && acceptsParentage == null) {
            throw UserFacingException.onField("acceptsParentage", "error.link.parentage.missing");
        }
        PortalUser me = me();
        invitee.link(me.accountId(), me.fullName());
        invitee.details(invitee.dateOfBirth(), invitee.niNumber(), invitee.employer(), me.email());
        inv.invitation().use(clock.instant(), me.accountId());
        LocalDate today = today();
        if (c.status() == CaseStatus.FINDING_OTHER_PARENT) {
            giveNotice(c, today, today.plusDays(1));
        }
        decisionMaker.tellBoth(c, Texts.t("timeline.linked"));
        if (invitee.role() == PartyRole.PAYING && Boolean.FALSE.equals(acceptsParentage)
                && (c.status() == CaseStatus.AWAITING_DETAILS || c.status() == CaseStatus.FINDING_OTHER_PARENT)) {
            c.moveTo(CaseStatus.PARENTAGE_DISPUTED);
            decisionMaker.tellBoth(c, Texts.t("timeline.parentageDisputed"));
            audit.record("CASE_PARENTAGE_DISPUTED", "case", c.id().toString(), null);
        }
        audit.record("CASE_LINKED", "case", c.id().toString(), invitee.role().name());
        return c.id();
    }

    private void giveNotice(MaintenanceCase c, LocalDate noticeDate, LocalDate effectiveIfNotApplicant) {
        LocalDate effective = c.applicantType() == ApplicantType.PAYING_PARENT
                ? LocalDate.ofInstant(c.createdAt(), clock.getZone()) : effectiveIfNotApplicant;
        c.noticeGiven(noticeDate, effective, noticeDate.plusDays(DETAILS_DAYS));
        c.moveTo(CaseStatus.AWAITING_DETAILS);
    }

    // ---- Caseworkers --------------------------------------------------------------------

    /** Cases waiting for a caseworker: other parent not found, parentage disputed, details overdue, closure asked for. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CASEWORKER')")
    public CaseworkQueues caseworkQueues() {
        List<CaseworkItem> closures = changes.findByOutcomeOrderByReportedAt(ChangeRecord.Outcome.CASEWORKER_TASK).stream()
                .map(ch -> item(cases.findById(ch.caseId()).orElseThrow(), ch.id(), ch.summary())).toList();
        return new CaseworkQueues(queue(CaseStatus.FINDING_OTHER_PARENT), queue(CaseStatus.PARENTAGE_DISPUTED),
                queue(CaseStatus.AWAITING_DETAILS), closures);
    }

    private List<CaseworkItem> queue(CaseStatus status) {
        return cases.findByStatusOrderByCreatedAt(status).stream().map(c -> item(c, null, c.parentageNote())).toList();
    }

    private CaseworkItem item(MaintenanceCase c, @Nullable Long taskId, @Nullable String note) {
        Map<PartyRole, Party> p = partiesOf(c.id());
        return new CaseworkItem(c.id(), taskId, c.reference(), c.status(), c.createdAt(), p.get(PartyRole.RECEIVING).fullName(),
                p.get(PartyRole.PAYING).fullName(), c.detailsDueDate(), note);
    }

    /** A caseworker records that the other parent was found and written to (LC-4.1, LC-4.2): notice by post, effective in 2 days (LC-4.3). */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void recordOtherParentFound(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        if (c.status() != CaseStatus.FINDING_OTHER_PARENT) {
            throw new UserFacingException("error.casework.wrongStatus");
        }
        giveNotice(c, today(), today().plusDays(2));
        decisionMaker.tellBoth(c, Texts.t("timeline.found"));
        audit.record("CASE_OTHER_PARENT_FOUND", "case", c.id().toString(), null);
    }

    /** A printable letter with a new activation code, for posting to the other parent. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public byte[] invitationLetter(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        Map<PartyRole, Party> p = partiesOf(caseId);
        Party invitee = p.get(c.applicantType().role().other());
        if (invitee.accountId() != null || c.status() == CaseStatus.CLOSED) {
            throw new UserFacingException("error.casework.alreadyLinked");
        }
        String code = newInvitation(c, "LETTER");
        String address = invitee.address() == null ? null
                : invitee.address() + (invitee.postcode() == null ? "" : "\n" + invitee.postcode());
        return Letters.invitationLetter(c.reference(), invitee.fullName(), address,
                shownName(p.get(c.applicantType().role())), code, today(), today().plusDays(INVITATION_LIFETIME.toDays()),
                baseUrl + "/link-case");
    }

    /**
     * Settles a parentage dispute (LC-5.2–5.4): presumed or confirmed by DNA → the case goes on
     * (liability from the initial effective date, LC-5.3); excluded by DNA → the case closes.
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void resolveParentage(long caseId, ParentageOutcome outcome) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        if (c.status() != CaseStatus.PARENTAGE_DISPUTED) {
            throw new UserFacingException("error.casework.wrongStatus");
        }
        c.parentageNote(Texts.t("parentage." + outcome.name()));
        if (outcome == ParentageOutcome.DNA_EXCLUDED) {
            close(c, today(), Texts.t("parentage." + outcome.name()));
        } else {
            c.noticeGiven(c.noticeDate() == null ? today() : c.noticeDate(),
                    c.initialEffectiveDate() == null ? today() : c.initialEffectiveDate(), today().plusDays(DETAILS_DAYS));
            c.moveTo(CaseStatus.AWAITING_DETAILS);
            decisionMaker.tellBoth(c, Texts.t("timeline.parentageSettled"));
        }
        audit.record("CASE_PARENTAGE_RESOLVED", "case", c.id().toString(), outcome.name());
    }

    /** Calculation.md step 10: the paying parent did not give their details in time, so the default rate applies. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public DecisionView applyDefaultRate(long caseId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.MANAGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        if (c.status() != CaseStatus.AWAITING_DETAILS) {
            throw new UserFacingException("error.casework.wrongStatus");
        }
        if (c.detailsDueDate() != null && !today().isAfter(c.detailsDueDate())) {
            throw new UserFacingException("error.casework.defaultTooEarly");
        }
        c.detailsGiven(null, PaymentFrequency.MONTHLY);
        List<CaseChild> kids = qualifying(c.id(), c.initialEffectiveDate());
        Decision d = decisionMaker.decide(c, DecisionKind.DEFAULT_RATE, c.initialEffectiveDate(),
                Texts.t("decision.reason.default"), actor(who), DecisionMaker.defaultRate(kids), true);
        return view(d);
    }

    /** A caseworker closes a case someone asked to close (LC-10.6, LC-11.2). */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public void closeOnRequest(long caseId, long taskId) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        ChangeRecord task = changes.findById(taskId).filter(t -> t.caseId() == caseId).orElseThrow();
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        task.resolve(clock.instant());
        if (c.status() != CaseStatus.CLOSED) {
            close(c, today(), Texts.t("close.reason.request"));
        }
        audit.record("CASE_CLOSED_ON_REQUEST", "case", c.id().toString(), null);
    }

    void close(MaintenanceCase c, LocalDate on, String reason) {
        c.close(on, reason);
        decisionMaker.endSchedule(c, on);
        decisionMaker.tellBoth(c, Texts.t("timeline.closed", Letters.DATE.format(on), reason));
        events.publishEvent(new CaseClosed(c.id(), on, reason));
        audit.record("CASE_CLOSED", "case", c.id().toString(), reason);
    }

    // ---- Paying parent's details and the first decision ---------------------------------

    /** The questions of the paying parent's details journey for these answers, in order. */
    @Transactional(readOnly = true)
    public List<CaseQuestion.Ref> detailsQuestions(long caseId, CaseAnswers answers) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        List<CaseQuestion.Ref> out = new ArrayList<>(incomeQuestions(answers, true));
        out.add(CaseQuestion.Ref.of(CaseQuestion.OTHER_CHILDREN));
        out.add(CaseQuestion.Ref.of(CaseQuestion.OTHER_ARRANGEMENT));
        for (CaseChild k : qualifying(caseId, today())) {
            out.add(new CaseQuestion.Ref(CaseQuestion.NIGHTS, k.id()));
        }
        out.add(CaseQuestion.Ref.of(CaseQuestion.PAYMENT_FREQUENCY));
        return out;
    }

    private static List<CaseQuestion.Ref> incomeQuestions(CaseAnswers a, boolean askEmployer) {
        List<CaseQuestion.Ref> out = new ArrayList<>();
        out.add(CaseQuestion.Ref.of(CaseQuestion.INCOME_TYPE));
        if (a.getIncomeType() != null && a.getIncomeType().earns()) {
            out.add(CaseQuestion.Ref.of(CaseQuestion.INCOME));
            if (askEmployer && a.getIncomeType() == IncomeType.EMPLOYED) {
                out.add(CaseQuestion.Ref.of(CaseQuestion.EMPLOYER));
            }
            out.add(CaseQuestion.Ref.of(CaseQuestion.PENSION));
        } else if (a.getIncomeType() == IncomeType.BENEFITS) {
            out.add(CaseQuestion.Ref.of(CaseQuestion.BENEFIT));
        }
        return out;
    }

    /** Checks one answer of a case journey: field name and translation key per problem. */
    @Transactional(readOnly = true)
    public List<FieldError> checkAnswer(long caseId, CaseQuestion.Ref question, CaseAnswers answers) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return CaseQuestionRules.errors(question, answers, today(), directPayAllowed(caseId));
    }

    /** The children on the case who still qualify, for questions about a child (names and ids only). */
    @Transactional(readOnly = true)
    public List<ChildView> caseChildren(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return qualifying(caseId, today()).stream().map(CaseService::view).toList();
    }

    /**
     * The paying parent gives their income and circumstances (LC-3.2, LC-4.2); the engine decides
     * the weekly amount from the initial effective date (LC-4.3). Also replaces a default-rate
     * decision from its start.
     */
    @Transactional
    public DecisionView givePayingDetails(long caseId, CaseAnswers a) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.REPORT_CHANGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        requireRole(c, who, PartyRole.PAYING);
        if (!canGiveDetails(c)) {
            throw new UserFacingException("error.details.notNow");
        }
        List<FieldError> errors = new ArrayList<>();
        for (CaseQuestion.Ref q : detailsQuestions(caseId, a)) {
            errors.addAll(CaseQuestionRules.errors(q, a, today(), true));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        applyIncome(c, a);
        c.otherChildren(Formats.count(a.getRelevantOtherChildren(), 20).orElseThrow(),
                Formats.count(a.getOtherArrangementChildren(), 20).orElseThrow());
        for (CaseChild k : qualifying(caseId, today())) {
            k.nights(Formats.count(a.getNights().get(k.id()), CaseQuestionRules.MAX_NIGHTS).orElseThrow());
        }
        if (a.getIncomeType() == IncomeType.EMPLOYED) {
            partiesOf(caseId).get(PartyRole.PAYING).employer(blank(a.getEmployer()) ? null : a.getEmployer().trim());
        }
        c.detailsGiven(clock.instant(), a.getPaymentFrequency());
        LocalDate effective = c.initialEffectiveDate();
        List<CaseChild> kids = qualifying(caseId, effective);
        Decision d = decisionMaker.decide(c, DecisionKind.INITIAL, effective, Texts.t("decision.reason.initial"),
                actor(who), decisionMaker.calculate(DecisionMaker.Circumstances.of(c), kids), true);
        audit.recordOnBehalf("CASE_DETAILS_GIVEN", who.onBehalfOf(), "case", c.id().toString(), null);
        return view(d);
    }

    private boolean canGiveDetails(MaintenanceCase c) {
        return c.status() == CaseStatus.AWAITING_DETAILS || c.status() == CaseStatus.ACTIVE
                && decisions.findFirstByCaseIdOrderByEffectiveDateDescIdDesc(c.id())
                .map(d -> d.kind() == DecisionKind.DEFAULT_RATE).orElse(false);
    }

    private static void applyIncome(MaintenanceCase c, CaseAnswers a) {
        IncomeType type = a.getIncomeType();
        if (type.earns()) {
            IncomeFrequency f = type == IncomeType.SELF_EMPLOYED ? IncomeFrequency.YEARLY : a.getIncomeFrequency();
            c.income(type, Formats.money(a.getIncomeAmount()).orElseThrow(), f, null,
                    Formats.money(a.getPension()).orElse(null));
        } else {
            c.income(type, null, null, type == IncomeType.BENEFITS ? a.getBenefitKind() : null, null);
        }
    }

    // ---- My case ------------------------------------------------------------------------

    /** The signed-in parent's cases. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public List<CaseSummary> myCases() {
        long me = me().accountId();
        List<CaseSummary> out = new ArrayList<>();
        for (Party mine : parties.findByAccountId(me)) {
            MaintenanceCase c = cases.findById(mine.caseId()).orElseThrow();
            Party other = partiesOf(c.id()).get(mine.role().other());
            out.add(new CaseSummary(c.id(), c.reference(), c.status(), mine.role(), shownName(other), childNames(c.id())));
        }
        out.sort(Comparator.comparing(CaseSummary::id));
        return out;
    }

    /**
     * Everything one party may see of their case (LC-6.3, LC-17.6): status, the decision with how
     * it was worked out, the schedule, the timeline, their documents and their own details. Of
     * the other party only the name (withheld when they have a safety flag).
     */
    @Transactional(readOnly = true)
    public CaseOverview myCase(long caseId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.VIEW);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        Party mine = partyOf(c, who);
        Party other = partiesOf(caseId).get(mine.role().other());
        List<InstalmentView> schedule = instalments.findByCaseIdAndSupersededFalseOrderByDueDateAscIdAsc(caseId).stream()
                .map(CaseService::view).toList();
        LocalDate today = today();
        InstalmentView next = schedule.stream().filter(i -> !i.dueDate().isBefore(today)).findFirst().orElse(null);
        DecisionView decision = decisions.findFirstByCaseIdOrderByEffectiveDateDescIdDesc(caseId).map(this::view).orElse(null);
        List<TimelineItem> items = timeline.findByCaseIdOrderByCreatedAtDescIdDesc(caseId).stream()
                .filter(t -> t.visibleTo(mine.role())).map(t -> new TimelineItem(t.createdAt(), t.message())).toList();
        List<DocumentInfo> docs = documents.findByCaseIdAndAudienceOrderByCreatedAtDescIdDesc(caseId, mine.role()).stream()
                .map(this::info).toList();
        List<ChildView> kids = children.findByCaseIdOrderByPosition(caseId).stream().map(CaseService::view).toList();
        String account = mine.bankAccountNumber();
        MyDetails details = new MyDetails(mine.fullName(), mine.address(), mine.postcode(), mine.phone(), mine.email(),
                mine.employer(), mine.bankAccountName(), mine.bankSortCode(),
                account == null ? null : account.substring(account.length() - 4));
        return new CaseOverview(c.id(), c.reference(), c.status(), mine.role(), shownName(other), kids, c.serviceType(),
                decision, next, c.paymentFrequency(), schedule, c.reviewDate(), c.detailsDueDate(),
                mine.role() == PartyRole.PAYING && canGiveDetails(c), items, docs, details);
    }

    /** A letter from the party's Documents, as a PDF. Viewing is audited. */
    @Transactional
    public byte[] documentPdf(long caseId, long documentId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.VIEW);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        CaseDocument doc = documents.findById(documentId).filter(d -> d.caseId() == caseId)
                .orElseThrow(() -> new AccessDeniedException("No such document on this case"));
        if (!who.asCaseworker() && partyOf(c, who).role() != doc.audience()) {
            throw new AccessDeniedException("Not your document");
        }
        Decision d = decisions.findById(doc.decisionId()).orElseThrow();
        Party reader = partiesOf(caseId).get(doc.audience());
        List<InstalmentView> schedule = instalments.findByCaseIdAndSupersededFalseOrderByDueDateAscIdAsc(caseId).stream()
                .filter(i -> i.decisionId() == d.id()).map(CaseService::view).toList();
        audit.recordOnBehalf("CASE_DOCUMENT_VIEWED", who.onBehalfOf(), "case", Long.toString(caseId), "document " + documentId);
        return Letters.decisionLetter(new Letters.DecisionLetter(c.reference(), reader.fullName(), doc.audience(),
                LocalDate.ofInstant(doc.createdAt(), clock.getZone()), view(d), c.paymentFrequency(), schedule,
                childNames(caseId)));
    }

    /** The file name and title of a document (for downloads). */
    @Transactional(readOnly = true)
    public DocumentInfo documentInfo(long caseId, long documentId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return documents.findById(documentId).filter(d -> d.caseId() == caseId).map(this::info)
                .orElseThrow(() -> new AccessDeniedException("No such document on this case"));
    }

    // ---- Report a change ----------------------------------------------------------------

    /** The changes the signed-in party may report on this case (case-lifecycle.md §10). */
    @Transactional(readOnly = true)
    public List<ChangeKind> changesICanReport(long caseId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.REPORT_CHANGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        if (c.status() == CaseStatus.CLOSED) {
            return List.of();
        }
        PartyRole role = partyOf(c, who).role();
        boolean decided = c.status() == CaseStatus.ACTIVE;
        return java.util.Arrays.stream(ChangeKind.values())
                .filter(k -> k.reportableBy(role))
                .filter(k -> decided || !recalculates(k))
                .toList();
    }

    private static boolean recalculates(ChangeKind k) {
        return switch (k) {
            case INCOME, EMPLOYMENT, BENEFITS, SHARED_CARE, CHILD_ADDED, CHILD_LEFT_EDUCATION, CHILD_TURNED_20,
                 CHILD_LEFT_UK, OTHER_CHILDREN -> true;
            default -> false;
        };
    }

    /** The questions of one change journey for these answers, in order. */
    @Transactional(readOnly = true)
    public List<CaseQuestion.Ref> changeQuestions(long caseId, ChangeKind kind, CaseAnswers a) {
        access.requireCaseAccess(caseId, CaseAction.REPORT_CHANGE);
        List<CaseQuestion.Ref> out = new ArrayList<>();
        switch (kind) {
            case INCOME, EMPLOYMENT, BENEFITS -> {
                out.addAll(incomeQuestions(a, kind == ChangeKind.EMPLOYMENT));
                out.add(CaseQuestion.Ref.of(CaseQuestion.HAPPENED_ON));
            }
            case SHARED_CARE -> qualifying(caseId, today())
                    .forEach(k -> out.add(new CaseQuestion.Ref(CaseQuestion.NIGHTS, k.id())));
            case CHILD_ADDED -> {
                out.add(CaseQuestion.Ref.of(CaseQuestion.NEW_CHILD_NAME));
                out.add(CaseQuestion.Ref.of(CaseQuestion.NEW_CHILD_DATE_OF_BIRTH));
                if (a.getNewChildDateOfBirth() != null && ApplicationRules.ageOn(a.getNewChildDateOfBirth(), today()) >= 16) {
                    out.add(CaseQuestion.Ref.of(CaseQuestion.NEW_CHILD_EDUCATION));
                }
            }
            case CHILD_LEFT_EDUCATION, CHILD_TURNED_20, CHILD_LEFT_UK -> {
                out.add(CaseQuestion.Ref.of(CaseQuestion.WHICH_CHILD));
                out.add(CaseQuestion.Ref.of(CaseQuestion.HAPPENED_ON));
            }
            case OTHER_CHILDREN -> out.add(CaseQuestion.Ref.of(CaseQuestion.OTHER_CHILDREN));
            case ADDRESS -> out.add(CaseQuestion.Ref.of(CaseQuestion.ADDRESS));
            case PHONE -> out.add(CaseQuestion.Ref.of(CaseQuestion.PHONE));
            case BANK -> out.add(CaseQuestion.Ref.of(CaseQuestion.BANK));
            case SERVICE_TYPE -> out.add(CaseQuestion.Ref.of(CaseQuestion.SERVICE_TYPE));
            case CLOSE -> out.add(CaseQuestion.Ref.of(CaseQuestion.CLOSE_REASON));
        }
        return out;
    }

    /** Whether Direct Pay may be chosen on this case: not when anyone on it has a safety concern (LC-7.5, LC-17.5). */
    @Transactional(readOnly = true)
    public boolean directPayAllowed(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        return !c.domesticAbuse() && parties.findByCaseId(caseId).stream().noneMatch(Party::safetyFlag);
    }

    /**
     * What a change would do, before it is sent: the new weekly amount and whether it makes a new
     * decision, and why not (25% rule for income, LC-10.2; no change in the amount). Effective
     * dates per LC-10.7.
     */
    @Transactional(readOnly = true)
    public ChangePreview previewChange(long caseId, ChangeKind kind, CaseAnswers a) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.REPORT_CHANGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        requireReportable(c, who, kind, a);
        return preview(c, kind, a).preview();
    }

    private record Planned(ChangePreview preview, DecisionMaker.@Nullable Calculated calculated,
                           DecisionMaker.@Nullable Circumstances circumstances, List<CaseChild> children) {
    }

    private Planned preview(MaintenanceCase c, ChangeKind kind, CaseAnswers a) {
        Decision current = decisions.findFirstByCaseIdOrderByEffectiveDateDescIdDesc(c.id()).orElse(null);
        BigDecimal currentWeekly = current == null ? BigDecimal.ZERO.setScale(2) : current.weeklyAmount();
        if (!recalculates(kind)) {
            return new Planned(new ChangePreview(currentWeekly, null, false, Texts.t("change.preview.noAmount"), null, false),
                    null, null, List.of());
        }
        LocalDate today = today();
        DecisionMaker.Circumstances circ = DecisionMaker.Circumstances.of(c);
        LocalDate effective = today;
        List<CaseChild> kids = new ArrayList<>(qualifying(c.id(), today));
        boolean mustDecide = false;
        String why = null;
        switch (kind) {
            case INCOME, EMPLOYMENT, BENEFITS -> {
                IncomeType type = a.getIncomeType();
                IncomeFrequency f = type == IncomeType.SELF_EMPLOYED ? IncomeFrequency.YEARLY : a.getIncomeFrequency();
                circ = new DecisionMaker.Circumstances(type, type.earns() ? Formats.money(a.getIncomeAmount()).orElseThrow() : null,
                        type.earns() ? f : null, type == IncomeType.BENEFITS ? a.getBenefitKind() : null,
                        type.earns() ? Formats.money(a.getPension()).orElse(null) : null,
                        c.relevantOtherChildren(), c.otherArrangementChildren());
                boolean benefitSwitch = (type == IncomeType.BENEFITS) != (c.incomeType() == IncomeType.BENEFITS);
                if (benefitSwitch) {
                    effective = a.getHappenedOn(); // LC-10.7: from the date a flat-rate benefit starts or stops
                    mustDecide = true;
                    why = Texts.t("change.preview.benefitSwitch");
                }
            }
            case SHARED_CARE -> kids.forEach(k -> k.nights(Formats.count(a.getNights().get(k.id()),
                    CaseQuestionRules.MAX_NIGHTS).orElseThrow()));
            case CHILD_ADDED -> {
                CaseChild added = new CaseChild(c.id(), kids.size(), a.getNewChildName(), a.getNewChildDateOfBirth(),
                        a.getNewChildInEducation());
                kids.add(added);
            }
            case CHILD_LEFT_EDUCATION, CHILD_TURNED_20, CHILD_LEFT_UK -> {
                effective = a.getHappenedOn(); // LC-10.7: from the date the child stopped qualifying
                kids.removeIf(k -> k.id().equals(a.getChildId()));
                mustDecide = true;
            }
            case OTHER_CHILDREN -> circ = new DecisionMaker.Circumstances(circ.incomeType(), circ.amount(), circ.frequency(),
                    circ.benefit(), circ.pension(), Formats.count(a.getRelevantOtherChildren(), 20).orElseThrow(),
                    circ.otherArrangementChildren());
            default -> {
            }
        }
        if (current != null && effective.isBefore(current.effectiveDate())) {
            // A change cannot take effect before the decision it replaces: reported before the initial
            // effective date, it takes effect from that date (otherwise the older-dated decision would
            // sort behind the one in force and never show on My case or in the schedule).
            effective = current.effectiveDate();
        }
        if (kids.isEmpty()) {
            return new Planned(new ChangePreview(currentWeekly, BigDecimal.ZERO.setScale(2), false,
                    Texts.t("change.preview.closes", Letters.DATE.format(effective)), effective, true), null, circ, kids);
        }
        DecisionMaker.Calculated calc = decisionMaker.calculate(circ, kids);
        boolean amountChanges = calc.weekly().compareTo(currentWeekly) != 0;
        boolean incomeChange = kind == ChangeKind.INCOME || kind == ChangeKind.EMPLOYMENT || kind == ChangeKind.BENEFITS;
        if (incomeChange && !mustDecide) {
            // LC-10.2 / calculation.md 1.6: between reviews only a change of 25% or more is acted on
            BigDecimal before = current == null ? null : current.grossWeeklyIncome();
            BigDecimal after = calc.grossWeeklyIncome() == null ? BigDecimal.ZERO : calc.grossWeeklyIncome();
            if (before == null) {
                mustDecide = true;
                why = Texts.t("change.preview.noIncomeBefore");
            } else {
                BigDecimal diff = after.subtract(before).abs();
                boolean big = before.signum() == 0 ? after.signum() > 0
                        : diff.compareTo(before.multiply(new BigDecimal("0.25"))) >= 0;
                String pct = before.signum() == 0 ? "100" : diff.multiply(BigDecimal.valueOf(100))
                        .divide(before, 0, java.math.RoundingMode.DOWN).toPlainString();
                mustDecide = big;
                why = Texts.t(big ? "change.preview.over25" : "change.preview.under25", Letters.money(before),
                        Letters.money(after), pct);
            }
        } else if (kind == ChangeKind.CHILD_ADDED || kind.aboutChild()) {
            mustDecide = true; // the children counted change, so the decision does too
            why = Texts.t("change.preview.children");
        } else if (!incomeChange) {
            mustDecide = amountChanges;
            why = Texts.t(amountChanges ? "change.preview.changes" : "change.preview.same");
        }
        return new Planned(new ChangePreview(currentWeekly, calc.weekly(), mustDecide, why, effective, false),
                calc, circ, kids);
    }

    /**
     * Reports a change. Changes that alter the amount make a new decision with its own effective
     * date and a new schedule; both parties are told, each seeing only what they may. Closure is
     * a caseworker task (LC-10.6). Contact and bank details change only the reporter's own record.
     */
    @Transactional
    public ChangeResult reportChange(long caseId, ChangeKind kind, CaseAnswers a) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.REPORT_CHANGE);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        Party mine = requireReportable(c, who, kind, a);
        LocalDate today = today();
        String summary = Texts.t("changeKind." + kind.name());
        switch (kind) {
            case ADDRESS -> {
                mine.address(a.getAddress().trim(), Formats.tidyPostcode(a.getPostcode()));
                return recorded(c, who, mine, kind, summary, "change.done.address");
            }
            case PHONE -> {
                mine.phone(a.getPhone().trim());
                return recorded(c, who, mine, kind, summary, "change.done.phone");
            }
            case BANK -> {
                mine.bank(a.getBankAccountName().trim(), Formats.digitsOnly(a.getSortCode()), Formats.digitsOnly(a.getAccountNumber()));
                return recorded(c, who, mine, kind, summary, "change.done.bank");
            }
            case SERVICE_TYPE -> {
                c.serviceType(a.getServiceType());
                changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(), today,
                        summary, ChangeRecord.Outcome.RECORDED, null));
                decisionMaker.tellBoth(c, Texts.t("timeline.serviceType", Texts.t("serviceType." + a.getServiceType().name())));
                audit.recordOnBehalf("CASE_SERVICE_TYPE_CHANGED", who.onBehalfOf(), "case", c.id().toString(), a.getServiceType().name());
                decisionMaker.republishSchedule(c, today);
                return new ChangeResult(Texts.t("change.done.serviceType"), null);
            }
            case CLOSE -> {
                changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(), today,
                        a.getCloseReason().trim(), ChangeRecord.Outcome.CASEWORKER_TASK, null));
                decisionMaker.tell(c, mine.role(), Texts.t("timeline.closeRequested"));
                audit.recordOnBehalf("CASE_CLOSURE_REQUESTED", who.onBehalfOf(), "case", c.id().toString(), null);
                return new ChangeResult(Texts.t("change.done.close"), null);
            }
            default -> {
            }
        }
        Planned plan = preview(c, kind, a);
        LocalDate effective = plan.preview().effectiveDate();
        switch (kind) {
            case INCOME, EMPLOYMENT, BENEFITS -> {
                applyIncome(c, a);
                if (kind == ChangeKind.EMPLOYMENT) {
                    mine.employer(a.getIncomeType() == IncomeType.EMPLOYED && !blank(a.getEmployer()) ? a.getEmployer().trim() : null);
                }
            }
            case SHARED_CARE -> qualifying(c.id(), today).forEach(k -> k.nights(
                    Formats.count(a.getNights().get(k.id()), CaseQuestionRules.MAX_NIGHTS).orElseThrow()));
            case CHILD_ADDED -> children.save(new CaseChild(c.id(), children.findByCaseIdOrderByPosition(c.id()).size(),
                    a.getNewChildName(), a.getNewChildDateOfBirth(), a.getNewChildInEducation()));
            case CHILD_LEFT_EDUCATION, CHILD_TURNED_20, CHILD_LEFT_UK -> children.findById(a.getChildId())
                    .ifPresent(k -> k.end(effective, summary));
            case OTHER_CHILDREN -> c.otherChildren(Formats.count(a.getRelevantOtherChildren(), 20).orElseThrow(),
                    c.otherArrangementChildren());
            default -> {
            }
        }
        if (plan.preview().closesCase()) {
            changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(),
                    a.getHappenedOn(), summary, ChangeRecord.Outcome.NEW_DECISION, null));
            close(c, effective, Texts.t("close.reason.noChildren"));
            return new ChangeResult(Texts.t("change.done.closed"), null);
        }
        if (!plan.preview().newDecision()) {
            changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(),
                    a.getHappenedOn(), summary, ChangeRecord.Outcome.NO_NEW_DECISION, null));
            decisionMaker.tell(c, mine.role(), Texts.t("timeline.changeNoDecision", summary));
            audit.recordOnBehalf("CASE_CHANGE_REPORTED", who.onBehalfOf(), "case", c.id().toString(), kind + " no new decision");
            return new ChangeResult(Texts.t("change.done.noDecision", plan.preview().explanation()), null);
        }
        Decision d = decisionMaker.decide(c, DecisionKind.CHANGE, effective, summary, actor(who), plan.calculated(), false);
        changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(), a.getHappenedOn(),
                summary, ChangeRecord.Outcome.NEW_DECISION, d.id()));
        audit.recordOnBehalf("CASE_CHANGE_REPORTED", who.onBehalfOf(), "case", c.id().toString(), kind + " new decision " + d.id());
        return new ChangeResult(Texts.t("change.done.decision", Letters.money(d.weeklyAmount()),
                Letters.DATE.format(d.effectiveDate())), view(d));
    }

    private ChangeResult recorded(MaintenanceCase c, AccessService.Decision who, Party mine, ChangeKind kind,
                                  String summary, String doneKey) {
        changes.save(new ChangeRecord(c.id(), kind, who.user().accountId(), mine.role(), clock.instant(), today(), summary,
                ChangeRecord.Outcome.RECORDED, null));
        timeline.save(new TimelineEntry(c.id(), mine.role().name(), clock.instant(), Texts.t("timeline.detailsUpdated", summary)));
        audit.recordOnBehalf("CASE_DETAILS_UPDATED", who.onBehalfOf(), "case", c.id().toString(), kind.name());
        return new ChangeResult(Texts.t(doneKey), null);
    }

    private Party requireReportable(MaintenanceCase c, AccessService.Decision who, ChangeKind kind, CaseAnswers a) {
        Party mine = partyOf(c, who);
        if (c.status() == CaseStatus.CLOSED || !kind.reportableBy(mine.role())
                || recalculates(kind) && c.status() != CaseStatus.ACTIVE) {
            throw new UserFacingException("error.change.notNow");
        }
        List<FieldError> errors = new ArrayList<>();
        boolean dpAllowed = !c.domesticAbuse() && parties.findByCaseId(c.id()).stream().noneMatch(Party::safetyFlag);
        for (CaseQuestion.Ref q : changeQuestions(c.id(), kind, a)) {
            errors.addAll(CaseQuestionRules.errors(q, a, today(), dpAllowed));
        }
        if (kind.aboutChild() && a.getChildId() != null && qualifying(c.id(), today()).stream()
                .noneMatch(k -> k.id().equals(a.getChildId()))) {
            errors.add(ApplicationRules.fe("childId", "error.case.child.missing"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        return mine;
    }

    // ---- Shared helpers -----------------------------------------------------------------

    private PortalUser me() {
        return currentUser.require();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    private static DecisionMaker.Actor actor(AccessService.Decision who) {
        return new DecisionMaker.Actor(who.user().accountId(), who.asCaseworker() ? "Caseworker " + who.user().email()
                : who.user().email());
    }

    /** The party the person acts as: themselves, or the parent they represent. Caseworkers have none. */
    private Party partyOf(MaintenanceCase c, AccessService.Decision who) {
        if (who.asCaseworker()) {
            throw new AccessDeniedException("Caseworkers use the casework pages");
        }
        long account = who.onBehalfOf() != null ? who.onBehalfOf() : who.user().accountId();
        return parties.findByCaseIdAndAccountId(c.id(), account)
                .orElseThrow(() -> new AccessDeniedException("Not a party to this case"));
    }

    private void requireRole(MaintenanceCase c, AccessService.Decision who, PartyRole role) {
        if (partyOf(c, who).role() != role) {
            throw new AccessDeniedException("Only the " + role + " party may do this");
        }
    }

    private Map<PartyRole, Party> partiesOf(long caseId) {
        Map<PartyRole, Party> out = new java.util.EnumMap<>(PartyRole.class);
        parties.findByCaseId(caseId).forEach(p -> out.put(p.role(), p));
        return out;
    }

    /** The name the other side may see: withheld when that person has a safety flag (LC-17.3, LC-17.6). */
    private static String shownName(Party p) {
        return p.safetyFlag() ? Texts.t("name.withheld") : p.fullName();
    }

    private List<String> childNames(long caseId) {
        return children.findByCaseIdOrderByPosition(caseId).stream().map(CaseChild::fullName).toList();
    }

    List<CaseChild> qualifying(long caseId, LocalDate on) {
        return children.findByCaseIdOrderByPosition(caseId).stream().filter(k -> k.qualifiesOn(on)).toList();
    }

    DecisionView view(Decision d) {
        return new DecisionView(d.id(), d.kind(), d.effectiveDate(), d.weeklyAmount(), d.rateBand(), d.grossWeeklyIncome(),
                d.qualifyingChildren(), d.relevantOtherChildren(), d.otherArrangementChildren(), d.sharedCareNights(),
                d.serviceType(), d.reason(), d.decidedAt(), decisionMaker.steps(d));
    }

    static InstalmentView view(Instalment i) {
        return new InstalmentView(i.id(), i.decisionId(), i.periodStart(), i.periodEnd(), i.dueDate(), i.amount());
    }

    private static ChildView view(CaseChild k) {
        return new ChildView(k.id(), k.fullName(), k.dateOfBirth(), k.nights(), k.endedOn());
    }

    private DocumentInfo info(CaseDocument d) {
        return new DocumentInfo(d.id(), Texts.t("document." + d.kind().name(),
                Letters.DATE.format(LocalDate.ofInstant(d.createdAt(), clock.getZone()))), d.createdAt());
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isCaseworker() {
        return currentUser.hasRole(Roles.CASEWORKER);
    }
}
