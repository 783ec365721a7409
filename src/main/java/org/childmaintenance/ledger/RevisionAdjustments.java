package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a decision is revised from a date in the past (reconsideration, appeal), the lines already
 * posted keep their old amounts; this works out the difference to the revised schedule for them and
 * posts it as one maintenance adjustment: more arrears when the amount went up, a credit against
 * arrears (or an overpayment) when it went down. To the penny; posted once per revision reference.
 * Earlier revision adjustments on the case count as already corrected (a revision, then an allowed appeal).
 */
@Service
public class RevisionAdjustments {
    /** One line of the revised schedule: when it falls due and how much. */
    public record DueLine(LocalDate dueDate, BigDecimal amount) {
    }

    /**
     * How this class's adjustments are described, so a later revision can count them: the English start of
     * {@code ledger.desc.revision} ("Revision: {0}"), shown in the reader's language by {@link LedgerTexts}.
     */
    static final String PREFIX = LedgerTexts.kept(LedgerTexts.REVISION, "");
    private final LedgerStore store;
    private final LedgerService ledger;

    RevisionAdjustments(LedgerStore store, LedgerService ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    /**
     * Posts the difference between what was charged for lines already posted and what the revised
     * schedule says for them. Returns the amount posted (positive: more owed; negative: less; zero: nothing).
     */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public BigDecimal adjustForRevision(long caseId, List<DueLine> revised, String reason, String reference) {
        if (store.findCase(caseId).isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        Map<LocalDate, BigDecimal> wanted = new HashMap<>();
        revised.forEach(l -> wanted.merge(l.dueDate(), l.amount(), BigDecimal::add));
        BigDecimal delta = BigDecimal.ZERO.setScale(2);
        for (LedgerStore.Obligation o : store.obligations(caseId)) {
            if (o.kind().equals(LedgerService.MAINTENANCE) && o.status().equals("POSTED")) {
                delta = delta.add(wanted.getOrDefault(o.dueDate(), BigDecimal.ZERO)).subtract(o.amount());
            }
        }
        for (LedgerStore.StoredTx t : LedgerReadModel.effective(store.transactions(caseId))) {
            if (t.type() == TxType.ADJUSTMENT && t.description() != null && t.description().startsWith(PREFIX)) {
                delta = delta.subtract(t.on(LedgerAccount.PP_MAINTENANCE));
            }
        }
        delta = delta.setScale(2, java.math.RoundingMode.UNNECESSARY);
        if (delta.signum() != 0) {
            ledger.adjust(caseId, delta, LedgerTexts.kept(LedgerTexts.REVISION, reason), "revision:" + reference);
        }
        return delta;
    }
}
