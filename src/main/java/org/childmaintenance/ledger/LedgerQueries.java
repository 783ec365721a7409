package org.childmaintenance.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.FlaggedRecordViews;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.ledger.LedgerStore.CaseRecord;
import org.childmaintenance.ledger.LedgerViews.CasePayments;
import org.childmaintenance.ledger.LedgerViews.CaseSummary;
import org.childmaintenance.ledger.LedgerViews.MissedReportView;
import org.childmaintenance.ledger.LedgerViews.Statement;
import org.childmaintenance.ledger.LedgerViews.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's read side: what the payments pages, statements and casework queues show, already cut
 * to what the person asking may see (LC-12.6). Nothing here posts; balances and arrears are derived
 * from the entries each time. Every method that takes a case checks access first.
 */
@Service
public class LedgerQueries {
    private final LedgerStore store;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final LedgerParties parties;
    private final AuditService audit;
    private final FlaggedRecordViews flaggedViews;
    private final Clock clock;
    /** A read's audit entry: on the primary in its own transaction, after the read-only transaction has ended. */
    private final TransactionTemplate auditOnPrimary;
    /** Reads that may run on a replica (the `replication` profile), for methods that also write an audit entry. */
    private final TransactionTemplate readOnly;

    LedgerQueries(LedgerStore store, AccessService access, CurrentUser currentUser, LedgerParties parties,
                  AuditService audit, FlaggedRecordViews flaggedViews, Clock clock,
                  PlatformTransactionManager transactions) {
        this.auditOnPrimary = new TransactionTemplate(transactions);
        this.auditOnPrimary.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.store = store;
        this.access = access;
        this.currentUser = currentUser;
        this.parties = parties;
        this.audit = audit;
        this.flaggedViews = flaggedViews;
        this.clock = clock;
    }

    /** Today in the UK, from the injected clock: the date pages show and count from. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The signed-in parent's cases that have a payment schedule (for a representative: none here). */
    // Read-only transactions run on the replica with the `replication` profile. An expected refusal (no schedule,
    // no access) must not mark a caller's transaction rollback-only: callers catch it.
    @Transactional(readOnly = true, noRollbackFor = {UserFacingException.class, AccessDeniedException.class})
    public List<CaseSummary> myCases() {
        PortalUser me = currentUser.require();
        return store.casesOfAccount(me.accountId()).stream()
                .filter(c -> access.mayActOnCase(c.caseId(), CaseAction.VIEW))
                .map(c -> new CaseSummary(c.caseId(), c.reference(), c.serviceType(),
                        c.payingAccountId() == me.accountId() ? Viewer.PAYING : Viewer.RECEIVING))
                .toList();
    }

    /**
     * A case's payments as the viewer may see them: schedule, paid, arrears and their age, fees, money
     * passed on, notices with what is still owed today, and whether the viewer may agree an arrears plan.
     */
    @Transactional(readOnly = true, noRollbackFor = {UserFacingException.class, AccessDeniedException.class})
    public CasePayments casePayments(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        CaseRecord c = store.findCase(caseId).orElseThrow(() -> new UserFacingException("ledger.error.noSchedule"));
        return LedgerReadModel.casePayments(c, parties.viewerOf(c), store.obligations(caseId), store.transactions(caseId),
                store.missedReports(caseId, 500), store.notices(caseId, parties.actingAccount(c)), today());
    }

    /**
     * The payments page (a party's, their representative's or casework's): {@link #casePayments}, and a view
     * of a safety-flagged person's record by someone else audited (LC-17.6).
     */
    public CasePayments casePaymentsPage(long caseId) {
        CasePayments payments = readOnly.execute(tx -> casePayments(caseId));
        auditOnPrimary.executeWithoutResult(tx -> flaggedViews.viewed(caseId, "the payments page"));
        return payments;
    }

    /**
     * How many of the case's scheduled payments are missed today: overdue and not (fully) paid under
     * Collect and Pay, or reported missed under Direct Pay (LC-12.1). 0 when the case has no schedule
     * yet. For a representative's "My clients" (issue 13) and anyone who may view the case.
     */
    @Transactional(readOnly = true, noRollbackFor = {UserFacingException.class, AccessDeniedException.class})
    public int missedPayments(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return store.findCase(caseId).map(c -> (int) LedgerReadModel.arrears(store.obligations(caseId),
                        store.transactions(caseId), store.missedReports(caseId, 500), today()).lines().stream()
                .filter(l -> l.obligationId() != null && l.inArrears()).count()).orElse(0);
    }

    /**
     * A statement for any date range (both dates included), as the viewer may see it; audited. The read and the
     * audit entry are two transactions one after the other, never one inside the other: a request holding a
     * pooled connection while it waits for a second one deadlocks the pool under load (BENCHMARKS.md, "Primary and
     * replica": ten statement downloads at once stopped the portal).
     */
    public Statement statement(long caseId, LocalDate from, LocalDate to) {
        Statement statement = readOnly.execute(tx -> {
            access.requireCaseAccess(caseId, CaseAction.VIEW);
            if (from == null || to == null || to.isBefore(from)) {
                throw new UserFacingException("ledger.error.statementDates");
            }
            CaseRecord c = store.findCase(caseId).orElseThrow(() -> new UserFacingException("ledger.error.noSchedule"));
            return LedgerReadModel.statement(c, parties.viewerOf(c), store.transactions(caseId), from, to);
        });
        auditOnPrimary.executeWithoutResult(tx -> {
            audit.record("LEDGER_STATEMENT", "case", Long.toString(caseId), from + ".." + to);
            flaggedViews.viewed(caseId, "a payment statement");
        });
        return statement;
    }

    /** Direct Pay missed-payment reports, newest first (casework queue). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<MissedReportView> missedPaymentReports(int limit) {
        return store.missedReports(null, limit).stream()
                .map(r -> new MissedReportView(r.caseId(), r.caseReference(), r.dueDate(), r.amount(),
                        LocalDate.ofInstant(r.reportedAt(), clock.getZone()), r.note(), r.serviceType()))
                .toList();
    }

    /** Balances for checks and tests: the sum of all of a case's entries per account. */
    Balances balances(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return store.balances(caseId);
    }
}
