package org.childmaintenance.casework;

/**
 * LC-12.4 step 6: what may follow a liability order, exactly as the rules list it. The last three are a
 * last resort: the Child Support Act 1991 (ss. 39A and 40) lets the court consider them only once taking
 * control of goods (enforcement agents) or a charging order has been tried and the debt is still unpaid.
 */
public enum LiabilityOutcomeKind {
    ENFORCEMENT_AGENTS(false),
    CHARGING_ORDER_AND_ORDER_FOR_SALE(false),
    THIRD_PARTY_DEBT_ORDER(false),
    FREEZING_AND_SET_ASIDE_ORDERS(false),
    COMMITMENT_TO_PRISON(true),
    DISQUALIFICATION_FROM_DRIVING(true),
    DISQUALIFICATION_FROM_PASSPORT(true);

    private final boolean lastResort;

    LiabilityOutcomeKind(boolean lastResort) {
        this.lastResort = lastResort;
    }

    /** Commitment to prison or a disqualification: only after another outcome has been tried. */
    public boolean lastResort() {
        return lastResort;
    }

    /** What a last resort needs first (ss. 39A and 40: taking control of goods, or a charging order). */
    boolean opensLastResort() {
        return this == ENFORCEMENT_AGENTS || this == CHARGING_ORDER_AND_ORDER_FOR_SALE;
    }
}
