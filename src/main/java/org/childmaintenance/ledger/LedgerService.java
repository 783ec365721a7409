package org.childmaintenance.ledger;

import static org.childmaintenance.ledger.LedgerAccount.HELD_FOR_RP;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.ledger.LedgerStore.CaseRecord;
import org.childmaintenance.ledger.LedgerStore.NewTx;
import org.childmaintenance.ledger.LedgerStore.Obligation;
import org.childmaintenance.ledger.LedgerStore.StoredTx;
import org.childmaintenance.ledger.LedgerViews.CasePayments;
import org.childmaintenance.ledger.LedgerViews.CaseSummary;
import org.childmaintenance.ledger.LedgerViews.ImportReport;
import org.childmaintenance.ledger.LedgerViews.ImportRow;
import org.childmaintenance.ledger.LedgerViews.MissedReportView;
import org.childmaintenance.ledger.LedgerViews.RowOutcome;
import org.childmaintenance.ledger.LedgerViews.Statement;
import org.childmaintenance.ledger.LedgerViews.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's one public service: schedules in, payments in, what each party may see out.
 * Every method that takes a case checks access first ({@link AccessService}); every change is
 * audited. Postings to one case take turns through the case row's version (optimistic locking,
 * retried), and each posting has a unique key, so nothing is lost or posted twice.
 */
@Service
public class LedgerService {
    static final ZoneId UK = ZoneId.of("Europe/London");
    static final String MAINTENANCE = "MAINTENANCE";
    static final String ARREARS_PLAN = "ARREARS_PLAN";
    private static final int MAX_ATTEMPTS = 100;

    private final LedgerStore store;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int clearingDays;

    LedgerService(LedgerStore store, AccessService access, CurrentUser currentUser, AuditService audit,
                  ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                  @Value("${portal.ledger.clearing-days:2}") int clearingDays) {
        this.store = store;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.clearingDays = clearingDays;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    // --- schedules -------------------------------------------------------------------------------

    /** What {@link #applySchedule} changed. */
    public record ScheduleResult(int added, int superseded, int unchanged, List<LocalDate> ignoredAlreadyPosted) {
    }

    /**
     * Takes a case's payment schedule from the cases feature (LC-9.1): lines not yet posted are replaced
     * by the snapshot's; lines already posted stay (a change to them is an adjustment). Applying the same
     * snapshot twice changes nothing. Called by casework or by the cases feature as the system (no one
     * signed in); a signed-in person needs MANAGE access to the case.
     */
    public ScheduleResult applySchedule(ScheduleSnapshot s) {
        if (currentUser.get().isPresent()) {
            access.requireCaseAccess(s.caseId(), CaseAction.MANAGE);
        }
        return withCaseTurn(s.caseId(), true, () -> {
            if (store.findCase(s.caseId()).isEmpty()) {
                store.insertCase(s, clock.instant());
                store.recordServiceType(s.caseId(), s.serviceType(), today(), "schedule", actorId(), clock.instant());
            }
        }, c -> {
            if (!c.reference().equals(s.caseReference()) || c.payingAccountId() != s.payingAccountId()
                    || c.receivingAccountId() != s.receivingAccountId()) {
                store.updateParties(c.caseId(), s.caseReference(), s.payingAccountId(), s.receivingAccountId());
            }
            if (c.serviceType() != s.serviceType()) {
                changeServiceType(c, s.serviceType(), "schedule");
            }
            List<Obligation> existing = store.obligations(c.caseId()).stream()
                    .filter(o -> o.kind().equals(MAINTENANCE)).toList();
            Map<LocalDate, Obligation> byDate = new TreeMap<>();
            existing.forEach(o -> byDate.put(o.dueDate(), o));
            List<ScheduleSnapshot.ScheduleLine> toAdd = new ArrayList<>();
            List<Long> toSupersede = new ArrayList<>();
            List<LocalDate> ignored = new ArrayList<>();
            Set<LocalDate> wanted = new HashSet<>();
            int unchanged = 0;
            for (ScheduleSnapshot.ScheduleLine line : s.lines()) {
                wanted.add(line.dueDate());
                Obligation o = byDate.get(line.dueDate());
                if (o == null) {
                    toAdd.add(line);
                } else if (o.status().equals("POSTED")) {
                    if (o.amount().compareTo(line.amount()) == 0) {
                        unchanged++;
                    } else {
                        ignored.add(line.dueDate());
                    }
                } else if (o.amount().compareTo(line.amount()) == 0) {
                    unchanged++;
                } else {
                    toSupersede.add(o.id());
                    toAdd.add(line);
                }
            }
            existing.stream().filter(o -> o.status().equals("SCHEDULED") && !wanted.contains(o.dueDate()))
                    .forEach(o -> toSupersede.add(o.id()));
            store.supersede(toSupersede);
            store.insertObligations(c.caseId(), MAINTENANCE, toAdd, clock.instant());
            if (!toAdd.isEmpty() || !toSupersede.isEmpty()) {
                audit.record("LEDGER_SCHEDULE_APPLIED", "case", Long.toString(c.caseId()),
                        "added " + toAdd.size() + ", superseded " + toSupersede.size());
            }
            return new ScheduleResult(toAdd.size(), toSupersede.size(), unchanged, List.copyOf(ignored));
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

    /** Demo data and system jobs only (no person): records a payment without an access check. */
    PostOutcome postAsSystem(long caseId, LocalDate date, BigDecimal amount, String reference) {
        if (currentUser.get().isPresent()) {
            throw new AccessDeniedException("System use only");
        }
        return post(caseId, date, Money.of(amount), reference);
    }

    private PostOutcome post(long caseId, LocalDate date, BigDecimal amount, String reference) {
        String key = PostingRules.paymentKey(reference);
        if (store.transactionIdByKey(key).isPresent()) {
            return PostOutcome.DUPLICATE;
        }
        try {
            return withCaseTurn(caseId, false, null, c -> {
                if (store.transactionIdByKey(key).isPresent()) {
                    return PostOutcome.DUPLICATE;
                }
                Posting p = PostingRules.paymentReceived(reference, date, amount, store.balances(caseId));
                long id = store.insert(List.of(new NewTx(caseId, p, actorId())), clock.instant()).getFirst();
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
     * reference, amount, unique reference); rows already posted are duplicates, not errors. With
     * ALL_OR_NOTHING a file with any rejected row posts nothing; VALID_ROWS posts the rows that passed.
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public ImportReport importPayments(String fileName, String content, ImportMode mode) {
        List<PaymentCsv.Row> parsed = PaymentCsv.parse(content);
        Map<String, CaseRecord> cases = store.findCasesByReference(parsed.stream()
                .filter(PaymentCsv.Row::valid).map(PaymentCsv.Row::caseReference).distinct().toList());
        Set<String> seen = new HashSet<>();
        List<ImportRow> checked = new ArrayList<>();
        for (PaymentCsv.Row r : parsed) {
            String problem = r.problemKey();
            CaseRecord c = cases.get(r.caseReference());
            if (problem == null && c == null) {
                problem = "ledger.import.reason.noCase";
            } else if (problem == null && c.serviceType() != ServiceType.COLLECT_AND_PAY) {
                problem = "ledger.import.reason.directPay";
            } else if (problem == null && !seen.add(r.reference())) {
                problem = "ledger.import.reason.repeated";
            }
            RowOutcome outcome = problem != null ? RowOutcome.REJECTED
                    : store.transactionIdByKey(PostingRules.paymentKey(r.reference())).isPresent()
                    ? RowOutcome.DUPLICATE : RowOutcome.VALID;
            checked.add(new ImportRow(r.line(), r.rawDate(), r.caseReference(), r.rawAmount(), r.reference(), outcome,
                    problem));
        }
        int rejected = (int) checked.stream().filter(r -> r.outcome() == RowOutcome.REJECTED).count();
        if (checked.isEmpty()) {
            throw new UserFacingException("ledger.import.error.empty");
        }
        if (rejected > 0 && mode == ImportMode.ALL_OR_NOTHING) {
            return report(checked, false);
        }
        List<ImportRow> done = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            ImportRow row = checked.get(i);
            if (row.outcome() == RowOutcome.VALID) {
                PaymentCsv.Row r = parsed.get(i);
                PostOutcome o = post(cases.get(r.caseReference()).caseId(), r.date(), r.amount(), r.reference());
                row = new ImportRow(row.line(), row.date(), row.caseReference(), row.amount(), row.reference(),
                        o == PostOutcome.ACCEPTED ? RowOutcome.ACCEPTED : RowOutcome.DUPLICATE, null);
            }
            done.add(row);
        }
        ImportReport report = report(done, true);
        audit.record("LEDGER_PAYMENTS_IMPORTED", "file", fileName, report.accepted() + " accepted, "
                + report.duplicates() + " duplicates, " + report.rejected() + " rejected");
        return report;
    }

    private static ImportReport report(List<ImportRow> rows, boolean applied) {
        return new ImportReport(List.copyOf(rows), count(rows, RowOutcome.ACCEPTED), count(rows, RowOutcome.DUPLICATE),
                count(rows, RowOutcome.REJECTED), applied);
    }

    private static int count(List<ImportRow> rows, RowOutcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    // --- Direct Pay: confirm or report -------------------------------------------------------------

    /** Direct Pay: the receiving parent confirms a scheduled payment arrived in full (LC-7.1: parents keep records). */
    public void confirmDirectPayment(long caseId, long obligationId) {
        access.requireCaseAccess(caseId, CaseAction.PAYMENTS);
        withCaseTurn(caseId, false, null, c -> {
            requireReceivingParentOrCasework(c);
            Obligation o = postedLine(c, obligationId);
            BigDecimal outstanding = outstandingOf(c, o);
            if (outstanding.signum() <= 0) {
                throw new UserFacingException("ledger.error.alreadyPaid");
            }
            store.insert(List.of(new NewTx(caseId, PostingRules.directPaymentConfirmed(obligationId, o.dueDate(),
                    outstanding), actorId())), clock.instant());
            audit.record("LEDGER_DIRECT_PAYMENT_CONFIRMED", "case", Long.toString(caseId), o.dueDate().toString());
            return null;
        });
    }

    /**
     * Direct Pay: the receiving parent reports a scheduled payment as missed (LC-12.1). Casework and the
     * paying parent see it; casework may move the case to Collect & Pay.
     */
    public void reportMissedPayment(long caseId, long obligationId, String note) {
        access.requireCaseAccess(caseId, CaseAction.PAYMENTS);
        withCaseTurn(caseId, false, null, c -> {
            requireReceivingParentOrCasework(c);
            Obligation o = postedLine(c, obligationId);
            if (outstandingOf(c, o).signum() <= 0) {
                throw new UserFacingException("ledger.error.alreadyPaid");
            }
            try {
                store.insertMissedReport(caseId, obligationId, currentUser.require().accountId(),
                        note == null || note.isBlank() ? null : note.strip(), clock.instant());
            } catch (DuplicateKeyException e) {
                throw new UserFacingException("ledger.error.alreadyReported");
            }
            audit.record("LEDGER_MISSED_PAYMENT_REPORTED", "case", Long.toString(caseId), o.dueDate().toString());
            events.publishEvent(new LedgerEvents.MissedPaymentReported(caseId, c.reference(), obligationId,
                    o.dueDate(), o.amount()));
            return null;
        });
    }

    /** Casework moves a case to Collect & Pay (LC-7.2: after missed or late Direct Pay payments). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public void switchToCollectAndPay(long caseId, String reason) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        withCaseTurn(caseId, false, null, c -> {
            if (c.serviceType() == ServiceType.COLLECT_AND_PAY) {
                throw new UserFacingException("ledger.error.alreadyCollectAndPay");
            }
            changeServiceType(c, ServiceType.COLLECT_AND_PAY, reason);
            return null;
        });
    }

    private void changeServiceType(CaseRecord c, ServiceType to, String reason) {
        store.recordServiceType(c.caseId(), to, today(), reason, actorId(), clock.instant());
        audit.record("LEDGER_SERVICE_TYPE_CHANGED", "case", Long.toString(c.caseId()), c.serviceType() + " -> " + to);
        events.publishEvent(new LedgerEvents.ServiceTypeChanged(c.caseId(), c.reference(), c.serviceType(), to,
                today(), reason));
    }

    // --- arrears plans, charges and corrections ----------------------------------------------------

    /**
     * An arrears payment plan (LC-12.3): an extra amount each month from {@code firstDate} until the
     * arrears owed today are cleared. Agreed by the paying parent or set by casework. The plan's
     * lines are expectations, not new debt. The first extra payment is due on the 1st of next month.
     */
    public int agreeArrearsPlan(long caseId, BigDecimal amountPerInstalment) {
        return agreeArrearsPlan(caseId, amountPerInstalment, today().plusMonths(1).withDayOfMonth(1));
    }

    /** As {@link #agreeArrearsPlan(long, BigDecimal)}, with the first extra payment on {@code firstDate}. */
    public int agreeArrearsPlan(long caseId, BigDecimal amountPerInstalment, LocalDate firstDate) {
        access.requireCaseAccess(caseId, CaseAction.PAYMENTS);
        BigDecimal amount = Money.of(amountPerInstalment);
        if (amount.signum() <= 0) {
            throw UserFacingException.onField("amount", "ledger.error.planAmount");
        }
        return withCaseTurn(caseId, false, null, c -> {
            if (!currentUser.hasRole(Roles.CASEWORKER) && actingAccount(c) != c.payingAccountId()) {
                throw new AccessDeniedException("Only the paying parent or casework can agree a plan");
            }
            BigDecimal arrears = allocate(c).arrears();
            if (arrears.signum() <= 0) {
                throw new UserFacingException("ledger.error.noArrears");
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
            store.insertArrearsPlan(caseId, amount, firstDate, instalments, arrears, actorId(), clock.instant());
            audit.record("LEDGER_ARREARS_PLAN_AGREED", "case", Long.toString(caseId), instalments + " x " + amount);
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
            withCaseTurn(caseId, false, null, c -> {
                store.insert(List.of(new NewTx(caseId, p, actorId())), clock.instant());
                audit.record("LEDGER_" + p.type().name(), "case", Long.toString(caseId), p.idempotencyKey());
                return null;
            });
        } catch (DuplicateKeyException e) {
            throw new UserFacingException("ledger.error.alreadyPosted");
        }
    }

    // --- what people see ---------------------------------------------------------------------------

    /** The signed-in parent's cases that have a payment schedule (for a representative: none here). */
    public List<CaseSummary> myCases() {
        PortalUser me = currentUser.require();
        return store.casesOfAccount(me.accountId()).stream()
                .filter(c -> access.mayActOnCase(c.caseId(), CaseAction.VIEW))
                .map(c -> new CaseSummary(c.caseId(), c.reference(), c.serviceType(),
                        c.payingAccountId() == me.accountId() ? Viewer.PAYING : Viewer.RECEIVING))
                .toList();
    }

    /** A case's payments as the viewer may see them: schedule, paid, arrears and age, fees, money passed on. */
    public CasePayments casePayments(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        CaseRecord c = store.findCase(caseId).orElseThrow(() -> new UserFacingException("ledger.error.noSchedule"));
        return LedgerReadModel.casePayments(c, viewerOf(c), store.obligations(caseId), store.transactions(caseId),
                store.missedReports(caseId, 500), store.notices(caseId, actingAccount(c)), today());
    }

    /** A statement for any date range (both dates included), as the viewer may see it. */
    public Statement statement(long caseId, LocalDate from, LocalDate to) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        if (from == null || to == null || to.isBefore(from)) {
            throw new UserFacingException("ledger.error.statementDates");
        }
        CaseRecord c = store.findCase(caseId).orElseThrow(() -> new UserFacingException("ledger.error.noSchedule"));
        audit.record("LEDGER_STATEMENT", "case", Long.toString(caseId), from + ".." + to);
        return LedgerReadModel.statement(c, viewerOf(c), store.transactions(caseId), from, to);
    }

    /** Direct Pay missed-payment reports, newest first (casework queue). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<MissedReportView> missedPaymentReports(int limit) {
        return store.missedReports(null, limit).stream()
                .map(r -> new MissedReportView(r.caseId(), r.caseReference(), r.dueDate(), r.amount(),
                        LocalDate.ofInstant(r.reportedAt(), UK), r.note(), r.serviceType()))
                .toList();
    }

    // --- internals ---------------------------------------------------------------------------------

    Arrears.Result allocate(CaseRecord c) {
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

    private void requireReceivingParentOrCasework(CaseRecord c) {
        if (!currentUser.hasRole(Roles.CASEWORKER) && actingAccount(c) != c.receivingAccountId()) {
            throw new AccessDeniedException("Only the receiving parent or casework can do this");
        }
    }

    private Viewer viewerOf(CaseRecord c) {
        if (currentUser.hasRole(Roles.CASEWORKER)) {
            return Viewer.CASEWORKER;
        }
        long me = actingAccount(c);
        if (me == c.payingAccountId()) {
            return Viewer.PAYING;
        }
        if (me == c.receivingAccountId()) {
            return Viewer.RECEIVING;
        }
        throw new AccessDeniedException("Not a party to this case");
    }

    /** The party the signed-in person acts as: themselves, or the parent they represent. */
    private long actingAccount(CaseRecord c) {
        AccessService.Decision d = access.requireCaseAccess(c.caseId(), CaseAction.VIEW);
        return d.onBehalfOf() != null ? d.onBehalfOf() : d.user().accountId();
    }

    private Long actorId() {
        return currentUser.get().map(PortalUser::accountId).orElse(null);
    }

    /**
     * Runs {@code work} as the case's only writer: reads the case, claims its version (a concurrent
     * writer makes the claim fail and this runs again) and commits. Retries only in a transaction of
     * its own; inside a caller's transaction a conflict is the caller's to retry.
     */
    private <T> T withCaseTurn(long caseId, boolean createIfMissing, Runnable create, Function<CaseRecord, T> work) {
        boolean own = !TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    if (createIfMissing && store.findCase(caseId).isEmpty()) {
                        create.run();
                    }
                    CaseRecord c = store.findCase(caseId)
                            .orElseThrow(() -> new UserFacingException("ledger.error.noSchedule"));
                    if (!store.claimVersion(caseId, c.version())) {
                        throw new OptimisticConflict();
                    }
                    return work.apply(c);
                });
            } catch (OptimisticConflict | ConcurrencyFailureException e) {
                if (!own || attempt >= MAX_ATTEMPTS) {
                    throw e instanceof OptimisticConflict
                            ? new org.springframework.dao.OptimisticLockingFailureException("Case " + caseId + " is busy") : e;
                }
                backOff(attempt);
            } catch (DuplicateKeyException e) {
                if (createIfMissing && own && attempt < MAX_ATTEMPTS) {
                    continue; // two first schedules raced to create the case row: the loser retries as an update
                }
                throw e;
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(50, attempt) + (long) (Math.random() * 5 * Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class OptimisticConflict extends RuntimeException {
        OptimisticConflict() {
            super(null, null, false, false);
        }
    }

    /** Balances for checks and tests: the sum of all of a case's entries per account. */
    Balances balances(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return store.balances(caseId);
    }
}
