package org.childmaintenance.ledger;

import static org.childmaintenance.ledger.Posting.Entry.credit;
import static org.childmaintenance.ledger.Posting.Entry.debit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A discretionary consolatory payment awarded on a complaint (LC-15.2), recorded in the case's ledger
 * as the service's own money paid out to the complainant: it touches neither parent's maintenance
 * balance (so it is on neither parent's statement) and balances like every posting.
 */
@Service
public class ConsolatoryPayments {
    private final LedgerStore store;
    private final CaseTurns turns;
    private final LedgerParties parties;
    private final AccessService access;
    private final AuditService audit;
    private final Clock clock;

    ConsolatoryPayments(LedgerStore store, CaseTurns turns, LedgerParties parties, AccessService access,
                        AuditService audit, Clock clock) {
        this.store = store;
        this.turns = turns;
        this.parties = parties;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The posting: paid out of the service's bank, at the service's cost. Balanced for any amount. */
    public static Posting posting(String key, LocalDate date, BigDecimal amount, String reason) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A consolatory payment must be more than zero");
        }
        return new Posting(TxType.CONSOLATORY_PAYMENT, date, key, null, null, null, reason,
                List.of(debit(LedgerAccount.FEE_INCOME, amount), credit(LedgerAccount.CMS_BANK, amount)));
    }

    /**
     * Records a payment of {@code amount} to the complainant on the case's ledger, once per
     * {@code complaintReference}. Returns false when the case has no ledger yet (nothing posted).
     */
    @PreAuthorize("hasRole('CASEWORKER')")
    public boolean pay(long caseId, BigDecimal amount, String complaintReference) {
        access.requireCaseAccess(caseId, CaseAction.MANAGE);
        if (store.findCase(caseId).isEmpty()) {
            return false;
        }
        Posting p = posting("consolatory:" + complaintReference, LocalDate.now(clock),
                Money.of(amount), LedgerTexts.kept(LedgerTexts.CONSOLATORY, complaintReference));
        turns.run(caseId, c -> {
            store.insert(List.of(new LedgerStore.NewTx(caseId, p, parties.actorId())), clock.instant());
            audit.record("LEDGER_CONSOLATORY_PAYMENT", "case", Long.toString(caseId), complaintReference + " " + amount);
            return null;
        });
        return true;
    }
}
