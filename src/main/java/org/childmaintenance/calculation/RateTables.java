package org.childmaintenance.calculation;

import java.math.BigDecimal;

/** The fixed percentages of Schedule 1 and the 2012 regulations (calculation.md steps 4 and 7). */
final class RateTables {

    /** Reduced-rate T, indexed [relevant other children 0..3][qualifying children 1..3 → 0..2]. 2012 Regs reg 43. */
    private static final BigDecimal[][] REDUCED = {
            {pct("0.170"), pct("0.250"), pct("0.310")},
            {pct("0.141"), pct("0.212"), pct("0.264")},
            {pct("0.132"), pct("0.199"), pct("0.249")},
            {pct("0.124"), pct("0.189"), pct("0.238")},
    };
    /** Relevant-other-children reduction d for 0..3: Sch 1 para 2(3). */
    private static final BigDecimal[] REDUCTION = {pct("0"), pct("0.11"), pct("0.14"), pct("0.16")};
    /** 1 − d, so treated income is one multiplication. */
    private static final BigDecimal[] KEPT = {pct("1"), pct("0.89"), pct("0.86"), pct("0.84")};
    /** Basic rate p for 1..3 children: Sch 1 para 2(1). */
    private static final BigDecimal[] BASIC = {pct("0.12"), pct("0.16"), pct("0.19")};
    /** Basic plus q for 1..3 children: Sch 1 para 2(2). */
    private static final BigDecimal[] BASIC_PLUS = {pct("0.09"), pct("0.12"), pct("0.15")};
    /** £800 × p, precomputed. */
    private static final BigDecimal[] BASIC_ON_800 = {
            Money.EIGHT_HUNDRED.multiply(BASIC[0]),
            Money.EIGHT_HUNDRED.multiply(BASIC[1]),
            Money.EIGHT_HUNDRED.multiply(BASIC[2]),
    };

    private RateTables() {
    }

    private static BigDecimal pct(String fraction) {
        return new BigDecimal(fraction);
    }

    /** @param children k, already capped at 3; @param others r, already capped at 3 */
    static BigDecimal reducedRatePercentage(int children, int others) {
        return REDUCED[others][children - 1];
    }

    static BigDecimal reduction(int others) {
        return REDUCTION[others];
    }

    static BigDecimal kept(int others) {
        return KEPT[others];
    }

    static BigDecimal basic(int children) {
        return BASIC[children - 1];
    }

    static BigDecimal basicPlus(int children) {
        return BASIC_PLUS[children - 1];
    }

    static BigDecimal basicOn800(int children) {
        return BASIC_ON_800[children - 1];
    }

    /**
     * Shared-care fraction for one child, in fourteenths (so 1/7, 2/7, 3/7 and 1/2 add exactly):
     * Sch 1 para 7(4).
     */
    static int sharedCareFourteenths(int nights) {
        if (nights >= 175) {
            return 7;
        } else if (nights >= 156) {
            return 6;
        } else if (nights >= 104) {
            return 4;
        } else if (nights >= 52) {
            return 2;
        }
        return 0;
    }
}
