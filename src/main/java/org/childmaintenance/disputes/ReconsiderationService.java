package org.childmaintenance.disputes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UploadedFiles;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.messages.AttachmentStore;
import org.childmaintenance.notices.NotificationKind;
import org.childmaintenance.notices.Notify;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's side of a mandatory reconsideration (LC-14.2, LC-14.5): the decisions they can challenge
 * with their deadlines, asking (one reconsideration per decision; late requests need a reason, the
 * service decides), the other parent adding their points (they never see the first parent's), the
 * status, and recording an appeal to the tribunal after the notice (LC-14.4).
 */
@Service
public class ReconsiderationService {
    static final int MAX_TEXT = 4000;
    /** The most evidence files one parent sends with their points. */
    public static final int MAX_FILES = 5;

    /** A file a parent sends as evidence. */
    public record Upload(String fileName, byte[] bytes) {
    }

    /** What a parent asks: the decision (null: the latest), what they think is wrong, their evidence, why late. */
    public record Request(@Nullable Long decisionId, Set<ChallengeReason> reasons, String details,
                          @Nullable String lateReason, List<Upload> evidence) {
    }

    /** A decision as the "Ask us to look again" pages show it. */
    /** {@code fromReconsideration}: made when we looked again at an earlier decision (then the next step is an appeal). */
    public record DecisionItem(long decisionId, LocalDate notified, LocalDate effectiveDate, BigDecimal weeklyAmount,
                               LocalDate lastDayToAsk, boolean inWindow, boolean fromReconsideration,
                               @Nullable StatusView reconsideration) {
    }

    /**
     * A reconsideration as a parent sees it. The other parent sees that one was asked for and its
     * stage, never the first parent's reasons or evidence (those are in no field here). {@code pointsClosed}:
     * the other parent did not add points and their 14 days have passed. A revision's new decision is in
     * {@code newWeeklyAmount} from {@code newEffectiveDate}.
     */
    public record StatusView(long id, long decisionId, boolean askedByMe, ReconsiderationStatus status,
                             Instant requestedAt, @Nullable Instant reviewStartedAt, @Nullable Instant decidedAt,
                             @Nullable String outcome, @Nullable String outcomeReasons, LocalDate inviteUntil,
                             boolean canAddPoints, boolean pointsClosed, boolean addedMyPoints,
                             @Nullable BigDecimal newWeeklyAmount, @Nullable LocalDate newEffectiveDate,
                             @Nullable LocalDate noticeDate,
                             @Nullable LocalDate lastDayToAppeal, @Nullable LocalDate appealLodgedOn,
                             @Nullable String tribunalReference, @Nullable String appealOutcome) {
    }

    private final Revision revision;
    private final AccessService access;
    private final ReconsiderationRepository reconsiderations;
    private final PointRepository points;
    private final EvidenceRepository evidence;
    private final AttachmentStore files;
    private final Notify notify;
    private final AuditService audit;
    private final Clock clock;

    ReconsiderationService(Revision revision, AccessService access, ReconsiderationRepository reconsiderations,
                           PointRepository points, EvidenceRepository evidence, AttachmentStore files, Notify notify,
                           AuditService audit, Clock clock) {
        this.revision = revision;
        this.access = access;
        this.reconsiderations = reconsiderations;
        this.points = points;
        this.evidence = evidence;
        this.files = files;
        this.notify = notify;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, java.time.ZoneId.of(org.childmaintenance.base.TimeConfig.ZONE_NAME));
    }

    /** The case's decisions, newest first, each with its deadline and any reconsideration of it. */
    @Transactional(readOnly = true)
    public List<DecisionItem> decisions(long caseId) {
        revision.parents(caseId, CaseAction.VIEW);
        long me = myAccount(caseId, CaseAction.VIEW);
        List<Reconsideration> all = reconsiderations.findByCaseIdOrderByRequestedAtDesc(caseId);
        Map<Long, Reconsideration> byDecision = all.stream()
                .collect(Collectors.toMap(Reconsideration::decisionId, Function.identity(), (a, b) -> a));
        Set<Long> fromReconsideration = all.stream().map(Reconsideration::newDecisionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Revision.DecisionSummary> decisions = revision.decisions(caseId);
        LocalDate today = today();
        return decisions.stream().map(d -> {
            LocalDate notified = day(d.decidedAt());
            LocalDate last = DisputeRules.lastDayToAsk(notified);
            Reconsideration r = byDecision.get(d.id());
            return new DecisionItem(d.id(), notified, d.effectiveDate(), d.weeklyAmount(), last, !today.isAfter(last),
                    fromReconsideration.contains(d.id()), r == null ? null : view(r, me, decisions));
        }).toList();
    }

    /** The reconsiderations on the case, newest first, as the signed-in parent may see them. */
    @Transactional(readOnly = true)
    public List<StatusView> myReconsiderations(long caseId) {
        revision.parents(caseId, CaseAction.VIEW);
        long me = myAccount(caseId, CaseAction.VIEW);
        List<Revision.DecisionSummary> decisions = revision.decisions(caseId);
        return reconsiderations.findByCaseIdOrderByRequestedAtDesc(caseId).stream().map(r -> view(r, me, decisions)).toList();
    }

    /** Checks a request without saving it: the field errors the journey shows. */
    @Transactional(readOnly = true)
    public List<FieldError> check(long caseId, Request request) {
        access.requireCaseAccess(caseId, CaseAction.DISPUTE);
        List<FieldError> errors = new ArrayList<>();
        DecisionItem d = target(caseId, request.decisionId(), errors);
        if (d != null && d.reconsideration() != null) {
            errors.add(new FieldError("decision", d.reconsideration().askedByMe()
                    ? "disputes.error.alreadyAsked" : "disputes.error.otherAsked"));
        } else if (d != null && d.fromReconsideration()) {
            errors.add(new FieldError("decision", "disputes.error.appealInstead"));
        }
        errors.addAll(pointErrors(request.reasons(), request.details(), request.evidence()));
        if (d != null && !d.inWindow() && blank(request.lateReason())) {
            errors.add(new FieldError("lateReason", "disputes.error.lateReason"));
        }
        return errors;
    }

    /** Whether the decision (null: the latest) is past its 30 days, so the journey asks why. */
    @Transactional(readOnly = true)
    public boolean isLate(long caseId, @Nullable Long decisionId) {
        DecisionItem d = target(caseId, decisionId, new ArrayList<>());
        return d != null && !d.inWindow();
    }

    /**
     * Asks for a mandatory reconsideration. The other parent is told and invited to add their points
     * within 14 days. Returns the reconsideration's id.
     */
    @Transactional
    public long ask(long caseId, Request request) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.DISPUTE);
        List<FieldError> errors = check(caseId, request);
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        Revision.Parents parents = revision.parents(caseId, CaseAction.DISPUTE);
        DecisionItem d = target(caseId, request.decisionId(), new ArrayList<>());
        long me = myAccount(caseId, CaseAction.DISPUTE);
        Reconsideration r;
        try {
            r = reconsiderations.saveAndFlush(new Reconsideration(caseId, d.decisionId(), me,
                    parents.myRole(), clock.instant(), d.notified(), d.lastDayToAsk(),
                    d.inWindow() ? null : request.lateReason().trim(), DisputeRules.lastDayForPoints(today())));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // the other parent asked at the same moment: one reconsideration per decision (LC-14.2)
            throw UserFacingException.onField("decision", "disputes.error.otherAsked");
        }
        savePoint(r, me, parents, request.reasons(), request.details(), request.evidence());
        Long other = otherParent(parents);
        if (other != null) {
            notify.send(other, NotificationKind.DEADLINE, "disputes.notify.otherAsked", link(caseId));
        }
        audit.recordOnBehalf("DISPUTE_RECONSIDERATION_ASKED", who.onBehalfOf(), "case", Long.toString(caseId),
                "decision " + d.decisionId() + (d.inWindow() ? "" : " (late)"));
        return r.id();
    }

    /**
     * The other parent adds their own points while the reconsideration is not yet decided, within 14
     * days of the request (LC-14.2); after that the window is closed.
     */
    @Transactional
    public void addPoints(long caseId, long reconsiderationId, Set<ChallengeReason> reasons, String details,
                          List<Upload> files) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.DISPUTE);
        Revision.Parents parents = revision.parents(caseId, CaseAction.DISPUTE);
        long me = myAccount(caseId, CaseAction.DISPUTE);
        Reconsideration r = reconsiderations.findById(reconsiderationId).filter(x -> x.caseId() == caseId)
                .orElseThrow(() -> new UserFacingException("disputes.error.notFound"));
        if (r.status() == ReconsiderationStatus.DECIDED || r.requestedBy() == me || addedPoints(r, me)) {
            throw new UserFacingException("disputes.error.cannotAddPoints");
        }
        if (today().isAfter(r.inviteUntil())) {
            throw new UserFacingException("disputes.error.pointsClosed");
        }
        List<FieldError> errors = pointErrors(reasons, details, files);
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        savePoint(r, me, parents, reasons, details, files);
        audit.recordOnBehalf("DISPUTE_POINTS_ADDED", who.onBehalfOf(), "case", Long.toString(caseId),
                "reconsideration " + r.id());
    }

    /** "I have appealed": the date the appeal was lodged and the tribunal's reference, after the notice. */
    @Transactional
    public void recordAppeal(long caseId, long reconsiderationId, @Nullable LocalDate lodgedOn, String reference) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.DISPUTE);
        myAccount(caseId, CaseAction.DISPUTE);
        Reconsideration r = reconsiderations.findById(reconsiderationId).filter(x -> x.caseId() == caseId)
                .orElseThrow(() -> new UserFacingException("disputes.error.notFound"));
        if (r.status() != ReconsiderationStatus.DECIDED || r.appealLodgedOn() != null) {
            throw new UserFacingException("disputes.error.noNotice");
        }
        List<FieldError> errors = new ArrayList<>();
        if (lodgedOn == null || lodgedOn.isAfter(today()) || lodgedOn.isBefore(day(r.decidedAt()))) {
            errors.add(new FieldError("lodgedOn", "disputes.error.lodgedOn"));
        }
        String ref = reference == null ? "" : reference.trim();
        if (ref.isEmpty() || ref.length() > 40 || !ref.matches("[A-Za-z0-9/ -]+")) {
            errors.add(new FieldError("tribunalReference", "disputes.error.tribunalReference"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        r.appealLodged(lodgedOn, ref);
        audit.recordOnBehalf("DISPUTE_APPEAL_RECORDED", who.onBehalfOf(), "case", Long.toString(caseId),
                "reconsideration " + r.id());
    }

    // --- internals ---------------------------------------------------------------------------------

    static String link(long caseId) {
        return "disputes/case/" + caseId;
    }

    private @Nullable DecisionItem target(long caseId, @Nullable Long decisionId, List<FieldError> errors) {
        List<DecisionItem> all = decisions(caseId);
        if (all.isEmpty()) {
            errors.add(new FieldError("decision", "disputes.error.noDecision"));
            return null;
        }
        if (decisionId == null) {
            return all.getFirst(); // a request naming no decision attaches to the latest
        }
        DecisionItem d = all.stream().filter(x -> x.decisionId() == decisionId).findFirst().orElse(null);
        if (d == null) {
            errors.add(new FieldError("decision", "disputes.error.noDecision"));
        }
        return d;
    }

    static List<FieldError> pointErrors(Set<ChallengeReason> reasons, String details, List<Upload> uploads) {
        List<FieldError> errors = new ArrayList<>();
        if (reasons.isEmpty()) {
            errors.add(new FieldError("reasons", "disputes.error.reasons"));
        }
        if (blank(details)) {
            errors.add(new FieldError("details", "disputes.error.details"));
        } else if (details.length() > MAX_TEXT) {
            errors.add(new FieldError("details", "disputes.error.tooLong"));
        }
        if (uploads.size() > MAX_FILES) {
            errors.add(new FieldError("attachment", "disputes.error.tooManyFiles"));
        }
        for (Upload u : uploads) {
            try {
                UploadedFiles.check(u.bytes());
            } catch (UserFacingException e) {
                errors.addAll(e.fieldErrors());
                break;
            }
        }
        return errors;
    }

    private void savePoint(Reconsideration r, long me, Revision.Parents parents, Set<ChallengeReason> reasons,
                           String details, List<Upload> uploads) {
        String codes = EnumSet.copyOf(reasons).stream().map(Enum::name).collect(Collectors.joining(","));
        Point p = points.save(new Point(r.id(), me, parents.myRole(), codes, details.trim(), clock.instant()));
        for (Upload u : uploads) {
            AttachmentStore.StoredFile f = files.store(u.bytes());
            evidence.save(new Evidence(p.id(), f.key(), f.type().name(), UploadedFiles.safeName(u.fileName(), f.type()),
                    f.size(), f.sha256()));
        }
    }

    private boolean addedPoints(Reconsideration r, long account) {
        return points.findByReconsiderationIdOrderByCreatedAtAscIdAsc(r.id()).stream()
                .anyMatch(p -> p.accountId() == account);
    }

    private StatusView view(Reconsideration r, long me, List<Revision.DecisionSummary> decisions) {
        boolean mine = r.requestedBy() == me;
        boolean added = addedPoints(r, me);
        boolean invited = !mine && !added && r.status() != ReconsiderationStatus.DECIDED;
        boolean closed = today().isAfter(r.inviteUntil());
        Revision.DecisionSummary made = r.newDecisionId() == null ? null : decisions.stream()
                .filter(d -> d.id() == r.newDecisionId()).findFirst().orElse(null);
        LocalDate notice = r.decidedAt() == null ? null : day(r.decidedAt());
        return new StatusView(r.id(), r.decisionId(), mine, r.status(), r.requestedAt(), r.reviewStartedAt(),
                r.decidedAt(), r.outcome() == null ? null : r.outcome().name(), r.outcomeReasons(), r.inviteUntil(),
                invited && !closed, invited && closed, added, made == null ? null : made.weeklyAmount(),
                made == null ? null : made.effectiveDate(), notice,
                notice == null ? null : DisputeRules.lastDayToAppeal(notice), r.appealLodgedOn(), r.tribunalReference(),
                r.appealOutcome() == null ? null : r.appealOutcome().name());
    }

    /** The account of the parent the signed-in person is (or acts for); casework has none here. */
    private long myAccount(long caseId, CaseAction action) {
        AccessService.Decision who = access.requireCaseAccess(caseId, action);
        if (who.asCaseworker()) {
            throw new org.springframework.security.access.AccessDeniedException("Caseworkers use the casework pages");
        }
        return who.onBehalfOf() != null ? who.onBehalfOf() : who.user().accountId();
    }

    static @Nullable Long otherParent(Revision.Parents parents) {
        return parents.myRole() == org.childmaintenance.cases.PartyRole.PAYING
                ? parents.receivingAccountId() : parents.payingAccountId();
    }

    static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    static Comparator<Reconsideration> oldestFirst() {
        return Comparator.comparing(Reconsideration::requestedAt).thenComparing(Reconsideration::id);
    }
}
