package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Casework's read of a case's ledger: every transaction with its entries (for the case page and reversals). */
@Service
@PreAuthorize("hasRole('CASEWORKER')")
public class CaseworkLedger {
    /** One entry: positive is a debit, negative a credit. */
    public record EntryView(LedgerAccount account, BigDecimal amount) {
    }

    public record TransactionView(long id, TxType type, LocalDate date, String reference, String description,
                                  List<EntryView> entries) {
        public boolean reversible() {
            return type != TxType.REVERSAL;
        }
    }

    private final LedgerStore store;
    private final AccessService access;

    CaseworkLedger(LedgerStore store, AccessService access) {
        this.store = store;
        this.access = access;
    }

    /** The case's transactions, oldest first; descriptions in the reader's language ({@link LedgerTexts}). */
    public List<TransactionView> transactions(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return store.transactions(caseId).stream()
                .map(t -> new TransactionView(t.id(), t.type(), t.effectiveDate(),
                        t.externalReference() == null ? "" : t.externalReference(),
                        LedgerTexts.description(t.type(), t.description()),
                        t.entries().stream().map(e -> new EntryView(e.account(), e.amount())).toList()))
                .toList();
    }
}
