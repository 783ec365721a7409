package org.childmaintenance.ledger;

import static org.childmaintenance.ledger.LedgerAccount.HELD_FOR_RP;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.ledger.LedgerStore.CaseRecord;
import org.childmaintenance.ledger.LedgerStore.NewTx;
import org.childmaintenance.ledger.LedgerStore.Obligation;
import org.childmaintenance.ledger.LedgerStore.StoredTx;
import org.childmaintenance.ledger.LedgerViews.ImportReport;
import org.childmaintenance.ledger.LedgerViews.ImportRow;
import org.childmaintenance.ledger.LedgerViews.RowOutcome;
import org.childmaintenance.ledger.LedgerViews.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The ledger's posting side: schedules in from the cases feature, payments in (one at a time or a
 * bank file), Direct Pay confirmations and missed-payment reports, arrears plans and casework
 * corrections. What people see is {@link LedgerQueries}. Every method that takes a case checks
 * access first ({@link AccessService}); every change is audited. Postings to one case take turns
 * ({@link CaseTurns}) and each has a unique key, so nothing is lost or posted twice.
 */
@Service
public class LedgerService {
    static final String MAINTENANCE = "MAINTENANCE";
    static final String ARREARS_PLAN = "ARREARS_PLAN";

    private final LedgerStore store;
    private final AccessService access;
    private final LedgerParties parties;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final CaseTurns turns;
    private final Clock clock;
    private final int clearingDays;
    private final PlanHolds holds;

    LedgerService(LedgerStore store, AccessService access, LedgerParties parties, AuditService audit,
                  ApplicationEventPublisher events, CaseTurns turns, Clock clock,
                  @Value("${portal.ledger.clearing-days:2}") int clearingDays, PlanHolds holds) {
        this.holds = holds;
        this.store = store;
        this.access = access;
        this.parties = parties;
        this.audit = audit;
        this.events = events;
        this.turns = turns;
        this.clock = clock;
        this.clearingDays = clearingDays;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- schedules -------------------------------------------------------------------------------

    /** What {@link #applySchedule} changed. */
    public record ScheduleResult(int added, int superseded, int unchanged, List<LocalDate> ignoredAlreadyPosted) {
    }

    /**
     * Takes a case's payment schedule from the cases feature (LC-9.1): lines not yet posted are replaced
     * by the snapshot's; lines already posted stay (a change to them is an adjustment). Applying the same
     * snapshot twice changes nothing. The service type is the case's (LC-7.2): the ledger follows it.
     * A signed-in caller needs MANAGE access to the case; with no one signed in it runs as the system.
     */
    public ScheduleResult applySchedule(ScheduleSnapshot s) {
        if (parties.signedIn()) {
            access.requireCaseAccess(s.caseId(), CaseAction.MANAGE);
        }
        return applyCaseSchedule(s);
    }

    /**
     * As {@link #applySchedule}, for the case's own {@code ScheduleChanged} event: the cases feature
     * checked who asked before it changed the case (an annual review has no one; a parent's change of
     * service type has the parent), so the ledger takes the case's word for it.
     */
    ScheduleResult applyCaseSchedule(ScheduleSnapshot s) {
        return turns.run(s.caseId(), () -> {
            store.insertCase(s, clock.instant());
            store.recordServiceType(s.caseId(), s.serviceType(), today(), "schedule", parties.actorId(), clock.instant());
        }, c -> {
            if (!c.reference().equals(s.caseReference()) || c.payingAccountId() != s.payingAccountId()
                    || c.receivingAccountId() != s.receivingAccountId()) {
                store.updateParties(c.caseId(), s.caseReference(), s.payingAccountId(), s.receivingAccountId());
            }
            if (c.serviceType() != s.serviceType()) {
                store.recordServiceType(c.caseId(), s.serviceType(), today(), "case", parties.actorId(), clock.instant());
                audit.record("LEDGER_SERVICE_TYPE_FOLLOWED", "case", Long.toString(c.caseId()),
                        c.serviceType() + " -> " + s.serviceType());
            }
            ScheduleBatches.Diff d = ScheduleBatches.diff(store.obligations(c.caseId()), s.lines());
            store.supersede(d.toSupersede());
            store.insertObligations(c.caseId(), MAINTENANCE, d.toAdd(), clock.instant());
            if (d.changes()) {
                audit.record("LEDGER_SCHEDULE_APPLIED", "case", Long.toString(c.caseId()),
                        "added " + d.toAdd().size() + ", superseded " + d.toSupersede().size());
            }
            return new ScheduleResult(d.toAdd().size(), d.toSupersede().size(), d.unchanged(), d.ignored());
        });
    }

    // --- payments in -----------------------------------------------------------------------------

    public enum PostOutcome { ACCEPTED, DUPLICATE }

    /**
     * Records a Collect & Pay payment with its bank reference (LC-7.3). The reference is unique: posting
     * the same payment again changes nothing and says DUPLICATE. Casework only.
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public PostOutcome postPayment(String caseReference, LocalDate date, BigDecimal amount, String reference) {
        CaseRecord c = store.findCaseByReference(caseReference)
                .orElseThrow(() -> UserFacingException.onField("caseReference", "ledger.error.noCase"));
        access.requireCaseAccess(c.caseId(), CaseAction.PAYMENTS);
        return post(c.caseId(), date, Money.of(amount), reference);
    }

    /** An employer admin's remittance share (LC-13.5), recorded as theirs; their organisation must hold an order on the case. */
    PostOutcome postForEmployer(long caseId, LocalDate date, BigDecimal amount, String reference) {
        parties.requireEmployerHoldingOrder(caseId);
        return post(caseId, date, Money.of(amount), reference);
    }

    private PostOutcome post(long caseId, LocalDate date, BigDecimal amount, String reference) {
        String key = PostingRules.paymentKey(reference);
        if (store.transactionIdByKey(key).isPresent()) {
            return PostOutcome.DUPLICATE;
        }
        try {
            return turns.run(caseId, c -> {
                if (store.transactionIdByKey(key).isPresent()) {
                    return PostOutcome.DUPLICATE;
                }
                Posting p = PostingRules.paymentReceived(reference, date, amount, store.balances(caseId));
                long id = store.insert(List.of(new NewTx(caseId, p, parties.actorId())), clock.instant()).getFirst();
                BigDecimal held = p.amountOn(HELD_FOR_RP).negate();
                if (held.signum() > 0) {
                    store.queuePassOn(id, caseId, held, date.plusDays(clearingDays));
                }
                audit.record("LEDGER_PAYMENT_POSTED", "case", Long.toString(caseId), reference + " " + amount);
                events.publishEvent(new LedgerEvents.PaymentPosted(caseId, id, date, amount));
                return PostOutcome.ACCEPTED;
            });
        } catch (DuplicateKeyException e) {
            return PostOutcome.DUPLICATE;
        }
    }

    /** How a file with problems is treated. */
    public enum ImportMode { ALL_OR_NOTHING, VALID_ROWS }

    /**
     * Imports a bank-statement style file of Collect & Pay payments. Each row is checked (date, case
     * reference, amount, unique reference) and either posted or reported with its line and reason; rows
     * already posted are duplicates, not errors. With ALL_OR_NOTHING a file with any rejected row posts
     * nothing; VALID_ROWS posts the rows that passed.
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public ImportReport importPayments(String fileName, String content, ImportMode mode) {
        PaymentImportCheck.Checked checked = PaymentImportCheck.check(content, store);
        if (checked.checked().isEmpty()) {
            throw new UserFacingException("ledger.import.error.empty");
        }
        if (checked.rejected() > 0 && mode == ImportMode.ALL_OR_NOTHING) {
            return PaymentImportCheck.report(checked.checked(), false);
        }
        List<ImportRow> done = new ArrayList<>();
        for (int i = 0; i < checked.checked().size(); i++) {
            ImportRow row = checked.checked().get(i);
            if (row.outcome() == RowOutcome.VALID) {
                PaymentCsv.Row r = checked.rows().get(i);
                PostOutcome o = post(checked.cases().get(r.caseReference()).caseId(), r.date(), r.amount(), r.reference());
                row = new ImportRow(row.line(), row.date(), row.caseReference(), row.amount(), row.reference(),
                        o == PostOutcome.ACCEPTED ? RowOutcome.ACCEPTED : RowOutcome.DUPLICATE, null);
            }
            done.add(row);
        }
        ImportReport report = PaymentImportCheck.report(done, true);
        audit.record("LEDGER_PAYMENTS_IMPORTED", "file", fileName, report.accepted() + " accepted, "
                + report.duplicates() + " duplicates, " + report.rejected() + " rejected");
        return report;
    }

    // --- Direct Pay: confirm or report -------------------------------------------------------------

    /** Direct Pay: the receiving parent confirms a scheduled payment arrived in full (LC-7.1: parents keep records). */
    public void confirmDirectPayment(long caseId, long obligationId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.PAYMENTS);
        turns.run(caseId, c -> {
            parties.requireReceivingParentOrCasework(c);
            Obligation o = postedLine(c, obligationId);
            BigDecimal outstanding = outstandingOf(c, o);
            if (outstanding.signum() <= 0) {
                throw new UserFacingException("ledger.error.alreadyPaid");
            }
            store.insert(List.of(new NewTx(caseId, PostingRules.directPaymentConfirmed(obligationId, o.dueDate(),
                    outstanding), parties.actorId())), clock.instant());
            audit.recordOnBehalf("LEDGER_DIRECT_PAYMENT_CONFIRMED", who.onBehalfOf(), "case", Long.toString(caseId), o.dueDate().toString());
            return null;
        });
    }

    /**
     * Direct Pay: the receiving parent reports a scheduled payment as missed (LC-12.1). Casework and the
     * paying parent see it; casework may move the case to Collect & Pay (on the case, LC-7.2).
     */
    public void reportMissedPayment(long caseId, long obligationId, String note) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.PAYMENTS);
        turns.run(caseId, c -> {
            parties.requireReceivingParentOrCasework(c);
            Obligation o = postedLine(c, obligationId);
            if (outstandingOf(c, o).signum() <= 0) {
                throw new UserFacingException("ledger.error.alreadyPaid");
            }
            try {
                store.insertMissedReport(caseId, obligationId, parties.actorId(),
                        note == null || note.isBlank() ? null : note.strip(), clock.instant());
            } catch (DuplicateKeyException e) {
                throw new UserFacingException("ledger.error.alreadyReported");
            }
            audit.recordOnBehalf("LEDGER_MISSED_PAYMENT_REPORTED", who.onBehalfOf(), "case", Long.toString(caseId), o.dueDate().toString());
            events.publishEvent(new LedgerEvents.MissedPaymentReported(caseId, c.reference(), obligationId,
                    o.dueDate(), o.amount()));
            return null;
        });
    }

    // --- arrears plans, charges and corrections ----------------------------------------------------

    /** DESIGN (LC-12.3 has no published terms): at least £5 a month, cleared within 5 years (60 payments). */
    static final BigDecimal PLAN_MINIMUM = new BigDecimal("5.00");
    static final int PLAN_MAX_INSTALMENTS = 60;

    /**
     * An arrears payment plan (LC-12.3): an extra amount each month until the arrears owed today are cleared,
     * the first on the 1st of next month; its lines are expectations, not new debt. Agreed by the paying parent
     * or set by casework; set by casework over the approval limit it waits for a second caseworker
     * ({@link PlanApprovals}) and 0 is returned.
     */
    public int agreeArrearsPlan(long caseId, BigDecimal amountPerInstalment) {
        return agreeArrearsPlan(caseId, amountPerInstalment, today().plusMonths(1).withDayOfMonth(1));
    }

    /** As {@link #agreeArrearsPlan(long, BigDecimal)}, with the first extra payment on {@code firstDate}. */
    public int agreeArrearsPlan(long caseId, BigDecimal amountPerInstalment, LocalDate firstDate) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.PAYMENTS);
        BigDecimal amount = Money.of(amountPerInstalment);
        if (amount.signum() <= 0) {
            throw UserFacingException.onField("amount", "ledger.error.planAmount");
        }
        return turns.run(caseId, c -> {
            Viewer viewer = parties.viewerOf(c);
            BigDecimal arrears = allocate(c).arrears();
            boolean hasPlan = store.obligations(caseId).stream().anyMatch(o -> o.kind().equals(ARREARS_PLAN));
            if (!LedgerParties.mayAgreeArrearsPlan(viewer, arrears, hasPlan)) {
                if (viewer == Viewer.RECEIVING) {
                    throw new AccessDeniedException("Only the paying parent or casework can agree a plan");
                }
                throw new UserFacingException(hasPlan ? "ledger.error.planExists" : "ledger.error.noArrears");
            }
            if (amount.compareTo(PLAN_MINIMUM) < 0 && amount.compareTo(arrears) < 0) {
                throw UserFacingException.onField("amount", "ledger.error.planMinimum");
            }
            if (arrears.divide(amount, 0, RoundingMode.CEILING).intValue() > PLAN_MAX_INSTALMENTS) {
                throw UserFacingException.onField("amount", "ledger.error.planTooLong");
            }
            if (holds.held(caseId, viewer, PlanHolds.AGREE, amount, PlanFrequency.MONTHLY, firstDate, null, arrears)) {
                return 0;
            }
            int instalments = arrears.divide(amount, 0, RoundingMode.CEILING).intValue();
            List<ScheduleSnapshot.ScheduleLine> lines = new ArrayList<>();
            BigDecimal left = arrears;
            for (int i = 0; i < instalments; i++) {
                BigDecimal part = Money.min(amount, left);
                lines.add(new ScheduleSnapshot.ScheduleLine(firstDate.plusMonths(i), part));
                left = left.subtract(part);
            }
            store.insertObligations(caseId, ARREARS_PLAN, lines, clock.instant());
            store.insertArrearsPlan(caseId, amount, firstDate, instalments, arrears, parties.actorId(), clock.instant());
            audit.recordOnBehalf("LEDGER_ARREARS_PLAN_AGREED", who.onBehalfOf(), "case", Long.toString(caseId), instalments + " x " + amount);
            return instalments;
        });
    }

    /** Casework charges an enforcement fee when it takes the action (LC-8.3). {@code actionReference} makes it once only. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public void chargeEnforcement(long caseId, EnforcementCharge charge, String actionReference) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        postByCasework(caseId, PostingRules.enforcementCharge("charge:" + caseId + ":" + actionReference, today(), charge));
    }

    /** Casework corrects maintenance owed (positive: more owed; negative: less). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public void adjust(long caseId, BigDecimal amount, String reason, String adjustmentReference) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        postByCasework(caseId, PostingRules.adjustment("adjust:" + caseId + ":" + adjustmentReference, today(),
                Money.of(amount), reason));
    }

    @PreAuthorize("hasRole('CASEWORKER')")
    public void writeOff(long caseId, PostingRules.WriteOffTarget target, BigDecimal amount, String reason,
                         String writeOffReference) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        postByCasework(caseId, PostingRules.writeOff("writeoff:" + caseId + ":" + writeOffReference, today(), target,
                Money.of(amount), reason));
    }

    /** Corrects a mistake by posting its exact opposite; a transaction can be reversed once. */
    @PreAuthorize("hasRole('CASEWORKER')")
    public void reverse(long caseId, long transactionId, String reason) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        StoredTx original = store.transactions(caseId).stream().filter(t -> t.id() == transactionId).findFirst()
                .orElseThrow(() -> new UserFacingException("ledger.error.noTransaction"));
        if (original.type() == TxType.REVERSAL) {
            throw new UserFacingException("ledger.error.reverseReversal");
        }
        postByCasework(caseId, PostingRules.reversal(transactionId, today(), original.entries(), reason));
        if (original.type() == TxType.PAYMENT_RECEIVED) {
            store.unqueuePassOn(transactionId);
        }
    }

    private void postByCasework(long caseId, Posting p) {
        try {
            turns.run(caseId, c -> {
                store.insert(List.of(new NewTx(caseId, p, parties.actorId())), clock.instant());
                audit.record("LEDGER_" + p.type().name(), "case", Long.toString(caseId), p.idempotencyKey());
                return null;
            });
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("ledger.error.alreadyPosted");
        }
    }

    // --- internals ---------------------------------------------------------------------------------

    private Arrears.Result allocate(CaseRecord c) {
        return LedgerReadModel.arrears(store.obligations(c.caseId()), store.transactions(c.caseId()),
                store.missedReports(c.caseId(), 500), today());
    }

    private BigDecimal outstandingOf(CaseRecord c, Obligation o) {
        return allocate(c).lines().stream().filter(l -> Objects.equals(l.obligationId(), o.id()))
                .map(Arrears.Line::outstanding).findFirst().orElse(Money.ZERO);
    }

    private Obligation postedLine(CaseRecord c, long obligationId) {
        Obligation o = store.obligation(c.caseId(), obligationId)
                .orElseThrow(() -> new UserFacingException("ledger.error.noLine"));
        if (!o.status().equals("POSTED") || !o.kind().equals(MAINTENANCE)) {
            throw new UserFacingException("ledger.error.notDueYet");
        }
        if (c.serviceType() != ServiceType.DIRECT_PAY || o.postedAs() != ServiceType.DIRECT_PAY) {
            throw new UserFacingException("ledger.error.notDirectPay");
        }
        return o;
    }
}
