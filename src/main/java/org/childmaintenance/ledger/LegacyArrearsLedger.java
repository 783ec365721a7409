package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.ledger.LedgerStore.CaseRecord;
import org.childmaintenance.ledger.LedgerStore.NewTx;
import org.childmaintenance.ledger.LedgerStore.StoredTx;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Old-scheme (1993/2003) arrears in the ledger (issue 16): when an old-scheme case ends, what the paying
 * parent still owes moves into the ledger of a new-scheme case between the same two parents as a
 * separate legacy-arrears account (balanced: the paying parent owes it, the receiving parent is owed
 * it). Payments pay ongoing maintenance first and old-scheme arrears after it
 * ({@link PostingRules#paymentReceived}); both parents' payments pages show the account apart from
 * new-scheme arrears, and casework can report on every account.
 */
@Service
public class LegacyArrearsLedger {
    private final LedgerStore store;
    private final CaseTurns turns;
    private final LedgerParties parties;
    private final AccessService access;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    LegacyArrearsLedger(LedgerStore store, CaseTurns turns, LedgerParties parties, AccessService access,
                        AuditService audit, JdbcTemplate jdbc, Clock clock) {
        this.store = store;
        this.turns = turns;
        this.parties = parties;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Where arrears went: the new-scheme case whose ledger holds them. */
    public record Placement(long caseId, String caseReference) {
    }

    /** A case's old-scheme arrears: moved in, paid since, still owed. */
    public record LegacyArrears(List<String> legacyReferences, LocalDate movedInOn, BigDecimal movedIn, BigDecimal paid,
                                BigDecimal outstanding) {
    }

    /** One line of casework's report. */
    public record ReportRow(long caseId, String caseReference, List<String> legacyReferences, LocalDate movedInOn,
                            BigDecimal movedIn, BigDecimal paid, BigDecimal outstanding) {
    }

    /**
     * Moves an old-scheme case's arrears into the ledger of the latest case in which {@code payingAccountId}
     * pays {@code receivingAccountId} (or the case {@code preferredCaseReference} if it is one of theirs).
     * Once per old-scheme reference: a second call finds the first placement. Empty when the two parents
     * have no case with a schedule yet. The system (the closure job) or casework only.
     */
    public Optional<Placement> moveIn(String legacyReference, long payingAccountId, long receivingAccountId,
                                      BigDecimal amount, LocalDate date, @Nullable String preferredCaseReference) {
        if (parties.signedIn() && !parties.isCaseworker()) {
            throw new AccessDeniedException("The closure job or casework only");
        }
        String key = PostingRules.legacyKey(legacyReference);
        Optional<Placement> done = placementOf(key);
        if (done.isPresent()) {
            return done;
        }
        List<CaseRecord> between = store.casesOfAccount(payingAccountId).stream()
                .filter(c -> c.payingAccountId() == payingAccountId && c.receivingAccountId() == receivingAccountId)
                .sorted(Comparator.comparing((CaseRecord c) -> !c.reference().equals(preferredCaseReference))
                        .thenComparing(CaseRecord::caseId, Comparator.reverseOrder()))
                .toList();
        if (between.isEmpty()) {
            return Optional.empty();
        }
        CaseRecord target = between.getFirst();
        Posting p = PostingRules.legacyArrearsMovedIn(legacyReference, date, Money.of(amount));
        try {
            turns.run(target.caseId(), c -> {
                store.insert(List.of(new NewTx(c.caseId(), p, parties.actorId())), clock.instant());
                audit.record("LEDGER_LEGACY_ARREARS_MOVED_IN", "case", Long.toString(c.caseId()),
                        legacyReference + " " + p.amountOn(LedgerAccount.LEGACY_PP_ARREARS));
                return null;
            });
        } catch (DuplicateKeyException e) {
            return placementOf(key); // moved in by another node at the same moment
        }
        return Optional.of(new Placement(target.caseId(), target.reference()));
    }

    /** A case's old-scheme arrears as either parent (or casework) sees them; empty when it has none. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true, noRollbackFor = {
            org.childmaintenance.base.UserFacingException.class, org.springframework.security.access.AccessDeniedException.class})
    public Optional<LegacyArrears> onCase(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return store.findCase(caseId).flatMap(c -> summarise(store.transactions(caseId)));
    }

    /** Every case holding old-scheme arrears, with what was moved in, paid and still owed (casework report). */
    @PreAuthorize("hasRole('CASEWORKER')")
    public List<ReportRow> report() {
        List<Long> caseIds = jdbc.queryForList("SELECT DISTINCT case_id FROM ledger_transaction WHERE type = ? "
                + "ORDER BY case_id", Long.class, TxType.LEGACY_ARREARS_MOVED_IN.name());
        List<ReportRow> rows = new ArrayList<>();
        for (long caseId : caseIds) {
            store.findCase(caseId).ifPresent(c -> summarise(store.transactions(caseId)).ifPresent(a ->
                    rows.add(new ReportRow(caseId, c.reference(), a.legacyReferences(), a.movedInOn(), a.movedIn(),
                            a.paid(), a.outstanding()))));
        }
        audit.record("LEDGER_LEGACY_ARREARS_REPORT", "ledger", "legacy-arrears", rows.size() + " cases");
        return rows;
    }

    private Optional<LegacyArrears> summarise(List<StoredTx> txs) {
        List<String> references = new ArrayList<>();
        LocalDate first = null;
        BigDecimal movedIn = Money.ZERO;
        BigDecimal outstanding = Money.ZERO;
        for (StoredTx t : txs) {
            if (t.type() == TxType.LEGACY_ARREARS_MOVED_IN) {
                references.add(t.description());
                first = first == null || t.effectiveDate().isBefore(first) ? t.effectiveDate() : first;
                movedIn = movedIn.add(t.on(LedgerAccount.LEGACY_PP_ARREARS));
            }
            outstanding = outstanding.add(t.on(LedgerAccount.LEGACY_PP_ARREARS));
        }
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(new LegacyArrears(List.copyOf(references), first, movedIn, movedIn.subtract(outstanding),
                outstanding));
    }

    private Optional<Placement> placementOf(String key) {
        return jdbc.query("SELECT c.case_id, c.case_reference FROM ledger_transaction t JOIN ledger_case c "
                        + "ON c.case_id = t.case_id WHERE t.idempotency_key = ?",
                (rs, n) -> new Placement(rs.getLong(1), rs.getString(2)), key).stream().findFirst();
    }
}
