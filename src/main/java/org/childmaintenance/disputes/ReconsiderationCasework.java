package org.childmaintenance.disputes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.FlaggedRecordViews;
import org.childmaintenance.cases.PartyRole;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.ledger.LedgerTexts;
import org.childmaintenance.ledger.RevisionAdjustments;
import org.childmaintenance.messages.AttachmentStore;
import org.childmaintenance.notices.NotificationKind;
import org.childmaintenance.notices.Notify;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's side of reconsiderations and appeals: the queue (oldest first, deadlines shown), a
 * request with both parents' points and evidence, and the outcome — revise (the disputed
 * circumstances corrected, a new decision from the original effective date, the ledger corrected for
 * what was already due) or not revise, with
 * reasons. Either way both parents are told and get the mandatory reconsideration notice.
 */
@Service
@PreAuthorize("hasRole('CASEWORKER')")
public class ReconsiderationCasework {
    /** A line of the queue; {@code assigned}: a caseworker has taken it ({@code assignedToMe}: the one asking). */
    public record QueueItem(long id, long caseId, String caseReference, PartyRole askedBy, Instant requestedAt,
                            LocalDate lastDayToAsk, boolean late, LocalDate otherParentUntil,
                            ReconsiderationStatus status, boolean assigned, boolean assignedToMe) {
    }

    /** One parent's points with their evidence. */
    public record PointView(long id, PartyRole role, List<ChallengeReason> reasons, String details, Instant at,
                            List<EvidenceView> evidence) {
    }

    public record EvidenceView(long id, String fileName, long size) {
    }

    /** Everything casework needs to decide; {@code disputed}: every reason either parent gave. */
    public record Detail(long id, long caseId, String caseReference, long decisionId, ReconsiderationStatus status,
                         LocalDate decisionNotified, LocalDate lastDayToAsk, @Nullable String lateReason,
                         LocalDate otherParentUntil, List<PointView> points, @Nullable String outcome,
                         @Nullable String outcomeReasons, @Nullable BigDecimal adjustment,
                         @Nullable LocalDate appealLodgedOn, @Nullable String tribunalReference,
                         @Nullable String appealOutcome, Set<ChallengeReason> disputed) {
    }

    /** What the tribunal decided, as casework records it. */
    public enum AppealResult { ALLOWED, DISMISSED, WITHDRAWN }

    private final ReconsiderationRepository reconsiderations;
    private final PointRepository points;
    private final EvidenceRepository evidence;
    private final AttachmentStore files;
    private final Revision revision;
    private final RevisionAdjustments adjustments;
    private final Notify notify;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final FlaggedRecordViews flaggedViews;
    private final Clock clock;

    ReconsiderationCasework(ReconsiderationRepository reconsiderations, PointRepository points,
                            EvidenceRepository evidence, AttachmentStore files, Revision revision,
                            RevisionAdjustments adjustments, Notify notify, CurrentUser currentUser, AuditService audit,
                            FlaggedRecordViews flaggedViews, Clock clock) {
        this.currentUser = currentUser;
        this.reconsiderations = reconsiderations;
        this.points = points;
        this.evidence = evidence;
        this.files = files;
        this.revision = revision;
        this.adjustments = adjustments;
        this.notify = notify;
        this.audit = audit;
        this.flaggedViews = flaggedViews;
        this.clock = clock;
    }

    /** Reconsiderations waiting for an outcome, oldest first, with who has taken each. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue() {
        long me = currentUser.require().accountId();
        return reconsiderations.findByStatusInOrderByRequestedAtAscIdAsc(
                EnumSet.of(ReconsiderationStatus.RECEIVED, ReconsiderationStatus.BEING_LOOKED_AT)).stream()
                .map(r -> new QueueItem(r.id(), r.caseId(), revision.parents(r.caseId(), CaseAction.MANAGE).caseReference(),
                        r.requesterRole(), r.requestedAt(), r.lastDay(), r.lateReason() != null, r.inviteUntil(), r.status(),
                        r.assignedTo() != null, Objects.equals(r.assignedTo(), me)))
                .toList();
    }

    /** One reconsideration of a case, any status, for the casework case page (issue 15). */
    public record CaseItem(long id, PartyRole askedBy, Instant requestedAt, ReconsiderationStatus status,
                           @Nullable String outcome, @Nullable LocalDate appealLodgedOn) {
    }

    /** Every reconsideration of the case, newest first (the case page's disputes section). */
    @Transactional(readOnly = true)
    public List<CaseItem> ofCase(long caseId) {
        return reconsiderations.findByCaseIdOrderByRequestedAtDesc(caseId).stream()
                .map(r -> new CaseItem(r.id(), r.requesterRole(), r.requestedAt(), r.status(),
                        r.outcome() == null ? null : r.outcome().name(), r.appealLodgedOn()))
                .toList();
    }

    /** "Assign to me": the signed-in caseworker takes a reconsideration still waiting for an outcome. */
    @Transactional
    public void assignToMe(long id) {
        Reconsideration r = open(id);
        r.assignTo(currentUser.require().accountId());
        audit.record("DISPUTE_ASSIGNED", "case", Long.toString(r.caseId()), "reconsideration " + id);
    }

    /** One reconsideration with both parents' points; opening one on a safety-flagged person's case is audited (LC-17.6). */
    @Transactional
    public Detail detail(long id) {
        Reconsideration r = find(id);
        flaggedViews.viewed(r.caseId(), "the reconsideration page");
        List<PointView> pv = points.findByReconsiderationIdOrderByCreatedAtAscIdAsc(id).stream()
                .map(p -> new PointView(p.id(), p.role(), Arrays.stream(p.reasons().split(",")).filter(s -> !s.isBlank())
                        .map(ChallengeReason::valueOf).toList(), p.details(), p.createdAt(),
                        evidence.findByPointIdOrderById(p.id()).stream()
                                .map(e -> new EvidenceView(e.id(), e.fileName(), e.fileSize())).toList()))
                .toList();
        return new Detail(r.id(), r.caseId(), revision.parents(r.caseId(), CaseAction.MANAGE).caseReference(),
                r.decisionId(), r.status(), r.decisionNotified(), r.lastDay(), r.lateReason(), r.inviteUntil(), pv,
                r.outcome() == null ? null : r.outcome().name(), r.outcomeReasons(), r.adjustment(), r.appealLodgedOn(),
                r.tribunalReference(), r.appealOutcome() == null ? null : r.appealOutcome().name(),
                pv.stream().flatMap(p -> p.reasons().stream())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChallengeReason.class))));
    }

    /** The circumstances the challenged decision used (income, other children, shared-care nights), to correct. */
    @Transactional(readOnly = true)
    public Revision.Circumstances circumstances(long id) {
        Reconsideration r = find(id);
        return revision.circumstances(r.caseId(), r.decisionId());
    }

    /** The bytes of one evidence file of a reconsideration. */
    @Transactional(readOnly = true)
    public byte[] evidenceFile(long id, long evidenceId) {
        find(id);
        Evidence e = evidence.findById(evidenceId).orElseThrow(() -> new UserFacingException("disputes.error.notFound"));
        boolean belongs = points.findById(e.pointId()).map(p -> p.reconsiderationId() == id).orElse(false);
        if (!belongs) {
            throw new UserFacingException("disputes.error.notFound");
        }
        return files.read(e.fileKey(), e.sha256());
    }

    /** Casework starts looking at it: the parents see "being looked at". */
    @Transactional
    public void startReview(long id) {
        Reconsideration r = find(id);
        r.startReview(clock.instant());
        audit.record("DISPUTE_REVIEW_STARTED", "case", Long.toString(r.caseId()), "reconsideration " + id);
    }

    /** Not revised: the decision stands, for the reasons given. */
    @Transactional
    public void notRevise(long id, String reasons) {
        Reconsideration r = open(id);
        r.decide(Reconsideration.Outcome.NOT_REVISED, requireReasons(reasons), clock.instant(), null, null);
        told(r);
        audit.record("DISPUTE_NOT_REVISED", "case", Long.toString(r.caseId()), "reconsideration " + id);
    }

    /** As {@link #revise(long, Revision.Corrections, String)} when only the paying parent's income was wrong. */
    @Transactional
    public BigDecimal revise(long id, @Nullable BigDecimal grossWeeklyIncome, String reasons) {
        return revise(id, Revision.Corrections.income(grossWeeklyIncome), reasons);
    }

    /**
     * Revised: a new decision from the original effective date with the corrected circumstances
     * (whichever were disputed: income, other children, shared-care nights); the schedule is rebuilt
     * and the ledger adjusted for instalments already due. Returns the adjustment (positive: more
     * arrears; negative: a credit against arrears or an overpayment).
     */
    @Transactional
    public BigDecimal revise(long id, Revision.Corrections corrections, String reasons) {
        Reconsideration r = open(id);
        String why = requireReasons(reasons);
        Made made = newDecision(r, corrections, Texts.t("disputes.decisionReason.reconsideration"), "reconsideration:" + id);
        BigDecimal adjustment = made.adjustment();
        r.decide(Reconsideration.Outcome.REVISED, why, clock.instant(), made.decisionId(), adjustment);
        told(r);
        audit.record("DISPUTE_REVISED", "case", Long.toString(r.caseId()), "reconsideration " + id + " adjustment " + adjustment);
        return adjustment;
    }

    /** As {@link #recordAppealOutcome(long, AppealResult, Revision.Corrections)} with the income the tribunal found. */
    @Transactional
    public BigDecimal recordAppealOutcome(long id, AppealResult result, @Nullable BigDecimal grossWeeklyIncome) {
        return recordAppealOutcome(id, result, Revision.Corrections.income(grossWeeklyIncome));
    }

    /** The tribunal's outcome; an allowed appeal makes a new decision the same way as a revision. */
    @Transactional
    public BigDecimal recordAppealOutcome(long id, AppealResult result, Revision.Corrections corrections) {
        Reconsideration r = find(id);
        if (r.appealLodgedOn() == null || r.appealOutcome() != null) {
            throw new UserFacingException("disputes.error.noAppeal");
        }
        BigDecimal adjustment = BigDecimal.ZERO.setScale(2);
        if (result == AppealResult.ALLOWED) {
            adjustment = newDecision(r, corrections, Texts.t("disputes.decisionReason.appeal"), "appeal:" + id).adjustment();
        }
        r.appealDecided(Reconsideration.AppealOutcome.valueOf(result.name()), clock.instant());
        for (Long account : accounts(r)) {
            notify.send(account, NotificationKind.DECISION, "disputes.notify.appealDecided", ReconsiderationService.link(r.caseId()));
        }
        audit.record("DISPUTE_APPEAL_OUTCOME", "case", Long.toString(r.caseId()), result + " adjustment " + adjustment);
        return adjustment;
    }

    private record Made(long decisionId, BigDecimal adjustment) {
    }

    private Made newDecision(Reconsideration r, Revision.Corrections corrections, String reason, String reference) {
        Revision.Revised revised = revision.revise(r.caseId(), r.decisionId(), corrections, reason);
        return new Made(revised.decision().id(), adjustments.adjustForRevision(r.caseId(), revised.schedule().stream()
                        .map(i -> new RevisionAdjustments.DueLine(i.dueDate(), i.amount())).toList(),
                LedgerTexts.kept("ledger.desc.decision", Long.toString(r.decisionId())), reference));
    }

    private void told(Reconsideration r) {
        for (Long account : accounts(r)) {
            notify.send(account, NotificationKind.DECISION, "disputes.notify.decided", ReconsiderationService.link(r.caseId()));
        }
    }

    private List<Long> accounts(Reconsideration r) {
        Revision.Parents p = revision.parents(r.caseId(), CaseAction.MANAGE);
        return java.util.stream.Stream.of(p.payingAccountId(), p.receivingAccountId())
                .filter(java.util.Objects::nonNull).toList();
    }

    private static String requireReasons(String reasons) {
        if (reasons == null || reasons.isBlank()) {
            throw UserFacingException.onField("outcomeReasons", "disputes.error.outcomeReasons");
        }
        if (reasons.length() > ReconsiderationService.MAX_TEXT) {
            throw UserFacingException.onField("outcomeReasons", "disputes.error.tooLong");
        }
        return reasons.trim();
    }

    private Reconsideration open(long id) {
        Reconsideration r = find(id);
        if (r.status() == ReconsiderationStatus.DECIDED) {
            throw new UserFacingException("disputes.error.alreadyDecided");
        }
        return r;
    }

    private Reconsideration find(long id) {
        return reconsiderations.findById(id).orElseThrow(() -> new UserFacingException("disputes.error.notFound"));
    }
}
