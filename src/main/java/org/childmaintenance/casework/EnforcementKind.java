package org.childmaintenance.casework;

import java.math.BigDecimal;
import org.childmaintenance.ledger.EnforcementCharge;
import org.jspecify.annotations.Nullable;

/** The enforcement ladder (LC-12.4) in order, each with the ledger charge it brings (LC-8.3); benefit deductions have none. */
public enum EnforcementKind {
    DEO(EnforcementCharge.DEDUCTION_FROM_EARNINGS_ORDER),
    RDO(EnforcementCharge.REGULAR_DEDUCTION_ORDER),
    LSDO(EnforcementCharge.LUMP_SUM_DEDUCTION_ORDER),
    BENEFIT(null),
    LIABILITY_ORDER(EnforcementCharge.LIABILITY_ORDER);

    /** LC-12.4 step 4: arrears from benefit at up to £8.40 a week (SI 2019/1084). */
    public static final BigDecimal BENEFIT_WEEKLY = new BigDecimal("8.40");
    /** LC-12.4 step 2: a regular deduction order takes at most 40 % of gross weekly income… */
    public static final BigDecimal RDO_SHARE = new BigDecimal("0.40");
    /** …or £80 a week where a default decision applies. */
    public static final BigDecimal RDO_DEFAULT_CAP = new BigDecimal("80.00");

    private final @Nullable EnforcementCharge ledgerCharge;

    EnforcementKind(@Nullable EnforcementCharge ledgerCharge) {
        this.ledgerCharge = ledgerCharge;
    }

    @Nullable EnforcementCharge ledgerCharge() {
        return ledgerCharge;
    }

    /** The charge to the paying parent, £0.00 when there is none. */
    public BigDecimal charge() {
        return ledgerCharge == null ? new BigDecimal("0.00") : ledgerCharge.amount().setScale(2);
    }
}
