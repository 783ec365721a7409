package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.ledger.LedgerStore.Obligation;
import org.childmaintenance.ledger.LedgerViews.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Changing an agreed arrears plan (LC-12.3, DESIGN): whoever may agree a plan (the paying parent, someone
 * acting for them, casework) may replace it with a new amount, frequency and start, giving a reason. The
 * old plan is ended and kept; its unpaid expected payments are replaced by the new plan's, which covers the
 * arrears owed today. The paying parent is told.
 */
@Service
public class ArrearsPlans {
    private final LedgerStore store;
    private final AccessService access;
    private final LedgerParties parties;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final CaseTurns turns;
    private final Clock clock;
    private final PlanHolds holds;

    ArrearsPlans(LedgerStore store, AccessService access, LedgerParties parties, AuditService audit,
                 ApplicationEventPublisher events, CaseTurns turns, Clock clock, PlanHolds holds) {
        this.holds = holds;
        this.store = store;
        this.access = access;
        this.parties = parties;
        this.audit = audit;
        this.events = events;
        this.turns = turns;
        this.clock = clock;
    }

    /** A plan as shown in its history: {@code ended} is null while it is the plan in force. */
    public record PlanHistoryRow(BigDecimal amount, PlanFrequency frequency, LocalDate firstDate, int instalments,
                                 String changeReason, java.time.Instant agreedAt, java.time.Instant ended) {
    }

    /** The case's plans, newest first (the paying parent, their representative or casework). */
    public List<PlanHistoryRow> history(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.PAYMENTS);
        return turns.run(caseId, c -> {
            if (parties.viewerOf(c) == Viewer.RECEIVING) {
                throw new AccessDeniedException("The receiving parent is told the outcome, not the plan's terms");
            }
            return store.arrearsPlans(caseId).stream()
                    .map(p -> new PlanHistoryRow(p.amount(), PlanFrequency.valueOf(p.frequency()), p.first(),
                            p.instalments(), p.changeReason(), p.createdAt(), p.endedAt()))
                    .toList();
        });
    }

    /**
     * Replaces the agreed plan; returns the number of payments of the new plan. Nothing changes on an error.
     * A caseworker's change covering arrears over the approval limit waits for a second caseworker
     * ({@link PlanApprovals}) and 0 is returned.
     */
    public int change(long caseId, BigDecimal amountPerInstalment, PlanFrequency frequency, LocalDate firstDate,
                      String reason) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.PAYMENTS);
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal amount = amountPerInstalment == null ? null : Money.of(amountPerInstalment);
        if (amount == null || amount.signum() <= 0) {
            errors.add(new FieldError("amount", "ledger.error.planAmount"));
        }
        if (frequency == null) {
            errors.add(new FieldError("frequency", "ledger.error.planFrequency"));
        }
        if (firstDate == null || firstDate.isBefore(today) || firstDate.isAfter(today.plusMonths(3))) {
            errors.add(new FieldError("start", "ledger.error.planStart"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 300) {
            errors.add(new FieldError("reason", "ledger.error.planReason"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors.getFirst().message(), errors);
        }
        return turns.run(caseId, c -> {
            Viewer viewer = parties.viewerOf(c);
            if (viewer == Viewer.RECEIVING) {
                throw new AccessDeniedException("Only the paying parent or casework can change a plan");
            }
            List<Obligation> planLines = store.obligations(caseId).stream()
                    .filter(o -> o.kind().equals(LedgerService.ARREARS_PLAN)).toList();
            if (!LedgerParties.mayChangeArrearsPlan(viewer, !planLines.isEmpty())) {
                throw new UserFacingException("ledger.error.noPlan");
            }
            BigDecimal arrears = LedgerReadModel.arrears(store.obligations(caseId), store.transactions(caseId),
                    store.missedReports(caseId, 500), today).arrears();
            if (arrears.signum() <= 0) {
                throw new UserFacingException("ledger.error.noArrears");
            }
            if (amount.compareTo(LedgerService.PLAN_MINIMUM) < 0 && amount.compareTo(arrears) < 0) {
                throw UserFacingException.onField("amount", "ledger.error.planMinimum");
            }
            int instalments = arrears.divide(amount, 0, RoundingMode.CEILING).intValue();
            if (instalments > frequency.maxInstalments()) {
                throw UserFacingException.onField("amount", "ledger.error.planTooLongAny");
            }
            if (holds.held(caseId, viewer, PlanHolds.CHANGE, amount, frequency, firstDate, why, arrears)) {
                return 0;
            }
            List<ScheduleSnapshot.ScheduleLine> lines = new ArrayList<>();
            BigDecimal left = arrears;
            for (int i = 0; i < instalments; i++) {
                BigDecimal part = Money.min(amount, left);
                lines.add(new ScheduleSnapshot.ScheduleLine(frequency.nth(firstDate, i), part));
                left = left.subtract(part);
            }
            Long actor = parties.actorId();
            List<Long> oldLines = planLines.stream().map(Obligation::id).toList();
            store.supersede(oldLines);
            store.endPosted(oldLines);
            store.endArrearsPlans(caseId, actor, clock.instant());
            store.insertObligations(caseId, LedgerService.ARREARS_PLAN, lines, clock.instant());
            store.insertChangedPlan(caseId, amount, firstDate, instalments, arrears, frequency.name(), why, actor,
                    clock.instant());
            audit.recordOnBehalf("LEDGER_ARREARS_PLAN_CHANGED", who.onBehalfOf(), "case", Long.toString(caseId),
                    instalments + " x " + amount + " " + frequency + " from " + firstDate + ": " + why);
            events.publishEvent(new LedgerEvents.ArrearsPlanChanged(caseId, amount, frequency.name(), firstDate));
            return instalments;
        });
    }
}
