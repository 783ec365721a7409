package org.childmaintenance.ledger;

import static org.childmaintenance.ledger.LedgerAccount.CMS_BANK;
import static org.childmaintenance.ledger.LedgerAccount.FEE_INCOME;
import static org.childmaintenance.ledger.LedgerAccount.HELD_FOR_RP;
import static org.childmaintenance.ledger.LedgerAccount.LEGACY_PP_ARREARS;
import static org.childmaintenance.ledger.LedgerAccount.LEGACY_RP_OWED;
import static org.childmaintenance.ledger.LedgerAccount.PP_CHARGES;
import static org.childmaintenance.ledger.LedgerAccount.PP_FEES;
import static org.childmaintenance.ledger.LedgerAccount.PP_MAINTENANCE;
import static org.childmaintenance.ledger.LedgerAccount.RP_ENTITLEMENT;
import static org.childmaintenance.ledger.Posting.Entry.credit;
import static org.childmaintenance.ledger.Posting.Entry.debit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.cases.ServiceType;

/**
 * How each movement of money becomes balanced entries. Plain Java, no database: the property tests
 * check every rule balances for any amount.
 */
public final class PostingRules {
    private PostingRules() {
    }

    public static String dueKey(long obligationId) {
        return "due:" + obligationId;
    }

    public static String paymentKey(String externalReference) {
        return "pay:" + externalReference;
    }

    /**
     * An amount falls due (LC-9.1): the paying parent owes it and the receiving parent is owed it.
     * Collect & Pay adds the paying parent's collection fee on top (LC-8.2, £100 → £120).
     */
    public static Posting maintenanceDue(long obligationId, LocalDate dueDate, BigDecimal amount, ServiceType type) {
        List<Posting.Entry> entries = new ArrayList<>(List.of(debit(PP_MAINTENANCE, amount), credit(RP_ENTITLEMENT, amount)));
        if (type == ServiceType.COLLECT_AND_PAY) {
            BigDecimal fee = FeeRates.on(dueDate).payingParentFee(amount);
            entries.add(debit(PP_FEES, fee));
            entries.add(credit(FEE_INCOME, fee));
        }
        return new Posting(TxType.MAINTENANCE_DUE, dueDate, dueKey(obligationId), null, obligationId, null,
                null, entries);
    }

    /**
     * A payment reaches the service (Collect & Pay). It pays maintenance owed first (ongoing and
     * new-scheme arrears), then old-scheme arrears moved in from a closed 1993/2003 case (collected
     * after ongoing maintenance), then collection fees, then enforcement charges (LC-8.4: charges only
     * after maintenance and arrears); anything over is maintenance paid in advance. The maintenance
     * and old-scheme parts are held for the receiving parent.
     */
    public static Posting paymentReceived(String reference, LocalDate date, BigDecimal amount, Balances before) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A payment must be more than zero");
        }
        BigDecimal left = amount;
        BigDecimal toMaintenance = Money.min(left, Money.positive(before.of(PP_MAINTENANCE)));
        left = left.subtract(toMaintenance);
        BigDecimal toLegacy = Money.min(left, Money.positive(before.of(LEGACY_PP_ARREARS)));
        left = left.subtract(toLegacy);
        BigDecimal toFees = Money.min(left, Money.positive(before.of(PP_FEES)));
        left = left.subtract(toFees);
        BigDecimal toCharges = Money.min(left, Money.positive(before.of(PP_CHARGES)));
        left = left.subtract(toCharges);
        toMaintenance = toMaintenance.add(left);
        return new Posting(TxType.PAYMENT_RECEIVED, date, paymentKey(reference), reference, null, null, null, List.of(
                debit(CMS_BANK, amount),
                credit(PP_MAINTENANCE, toMaintenance), credit(LEGACY_PP_ARREARS, toLegacy), credit(PP_FEES, toFees),
                credit(PP_CHARGES, toCharges),
                debit(RP_ENTITLEMENT, toMaintenance), debit(LEGACY_RP_OWED, toLegacy),
                credit(HELD_FOR_RP, toMaintenance.add(toLegacy))));
    }

    /**
     * An old-scheme case's arrears move into this case's ledger when the old case ends (issue 16): the
     * paying parent owes them, the receiving parent is owed them, both apart from new-scheme amounts.
     * Once per old-scheme reference.
     */
    public static Posting legacyArrearsMovedIn(String legacyReference, LocalDate date, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("Arrears moved in must be more than zero");
        }
        return new Posting(TxType.LEGACY_ARREARS_MOVED_IN, date, legacyKey(legacyReference), null, null, null,
                legacyReference, List.of(debit(LEGACY_PP_ARREARS, amount), credit(LEGACY_RP_OWED, amount)));
    }

    public static String legacyKey(String legacyReference) {
        return "legacy-arrears:" + legacyReference;
    }

    /** Collected maintenance is paid to the receiving parent, less their collection fee (LC-8.2, £100 → £96). */
    public static Posting passedOn(long paymentTransactionId, LocalDate date, BigDecimal held) {
        BigDecimal fee = FeeRates.on(date).receivingParentFee(held);
        return new Posting(TxType.PASSED_ON, date, "passon:" + paymentTransactionId, null, null, paymentTransactionId,
                null, List.of(debit(HELD_FOR_RP, held), credit(CMS_BANK, held.subtract(fee)), credit(FEE_INCOME, fee)));
    }

    /** Direct Pay: the receiving parent confirms a scheduled payment arrived (money moved between the parents). */
    public static Posting directPaymentConfirmed(long obligationId, LocalDate date, BigDecimal amount) {
        return new Posting(TxType.DIRECT_PAYMENT_CONFIRMED, date, "dp-confirm:" + obligationId, null, obligationId,
                null, null, List.of(debit(RP_ENTITLEMENT, amount), credit(PP_MAINTENANCE, amount)));
    }

    public static Posting enforcementCharge(String key, LocalDate date, EnforcementCharge charge) {
        return new Posting(TxType.ENFORCEMENT_CHARGE, date, key, null, null, null, charge.name(),
                List.of(debit(PP_CHARGES, charge.amount()), credit(FEE_INCOME, charge.amount())));
    }

    /** A correction of maintenance owed: positive increases what the paying parent owes, negative reduces it. */
    public static Posting adjustment(String key, LocalDate date, BigDecimal amount, String reason) {
        return new Posting(TxType.ADJUSTMENT, date, key, null, null, null, reason,
                List.of(debit(PP_MAINTENANCE, amount), credit(RP_ENTITLEMENT, amount)));
    }

    /** What a write-off takes off. */
    public enum WriteOffTarget { MAINTENANCE, FEES, CHARGES }

    /** Debt no longer pursued: maintenance (the receiving parent is no longer owed it) or fees and charges (waived). */
    public static Posting writeOff(String key, LocalDate date, WriteOffTarget target, BigDecimal amount, String reason) {
        List<Posting.Entry> entries = switch (target) {
            case MAINTENANCE -> List.of(debit(RP_ENTITLEMENT, amount), credit(PP_MAINTENANCE, amount));
            case FEES -> List.of(debit(FEE_INCOME, amount), credit(PP_FEES, amount));
            case CHARGES -> List.of(debit(FEE_INCOME, amount), credit(PP_CHARGES, amount));
        };
        return new Posting(TxType.WRITE_OFF, date, key, null, null, null, reason, entries);
    }

    /** The exact opposite of an earlier transaction: how mistakes are corrected in an append-only ledger. */
    public static Posting reversal(long originalId, LocalDate date, List<Posting.Entry> original, String reason) {
        return new Posting(TxType.REVERSAL, date, "reversal:" + originalId, null, null, originalId, reason,
                original.stream().map(e -> new Posting.Entry(e.account(), e.amount().negate())).toList());
    }
}
