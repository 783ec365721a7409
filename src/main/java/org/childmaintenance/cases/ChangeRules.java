package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The pure rules of a reported change: which changes can alter the amount, the 25 % test for income
 * changes between reviews (LC-10.2) and the date a change takes effect (LC-10.7).
 */
final class ChangeRules {
    private static final BigDecimal THRESHOLD = new BigDecimal("0.25");

    private ChangeRules() {
    }

    /** The outcome of the 25 % test: whether the change is acted on now, and by how many whole per cent income moved. */
    record IncomeTest(boolean actedOn, BigDecimal percent) {
    }

    /** Whether a change of this kind can alter the weekly amount (and so needs a decision on the case). */
    static boolean recalculates(ChangeKind k) {
        return switch (k) {
            case INCOME, EMPLOYMENT, BENEFITS, SHARED_CARE, CHILD_ADDED, CHILD_LEFT_EDUCATION, CHILD_TURNED_20,
                 CHILD_LEFT_UK, OTHER_CHILDREN -> true;
            default -> false;
        };
    }

    /**
     * LC-10.2 / calculation.md 1.6: between reviews an income change is acted on only when gross weekly
     * income moves by 25 % or more of the figure used; from nothing, any income counts. The
     * percentage shown is rounded down.
     */
    static IncomeTest incomeTest(BigDecimal before, BigDecimal after) {
        BigDecimal diff = after.subtract(before).abs();
        boolean big = before.signum() == 0 ? after.signum() > 0 : diff.compareTo(before.multiply(THRESHOLD)) >= 0;
        BigDecimal percent = before.signum() == 0 ? new BigDecimal("100")
                : diff.multiply(BigDecimal.valueOf(100)).divide(before, 0, RoundingMode.DOWN);
        return new IncomeTest(big, percent);
    }

    /** Whether the paying parent starts or stops a flat-rate benefit with this change. */
    static boolean benefitSwitch(@Nullable IncomeType before, IncomeType after) {
        return (after == IncomeType.BENEFITS) != (before == IncomeType.BENEFITS);
    }

    /**
     * LC-10.7: a change takes effect from the day it is reported; from the day it happened when a
     * child stops qualifying or a flat-rate benefit starts or stops. Never before the decision it
     * replaces: reported before the initial effective date, it takes effect from that date
     * (otherwise the older-dated decision would sort behind the one in force).
     */
    static LocalDate effectiveDate(ChangeKind kind, LocalDate reportedOn, @Nullable LocalDate happenedOn,
                                   boolean benefitSwitch, @Nullable LocalDate currentEffective) {
        LocalDate effective = reportedOn;
        boolean fromHappened = kind.aboutChild() || benefitSwitch && isIncome(kind);
        if (fromHappened && happenedOn != null) {
            effective = happenedOn;
        }
        if (currentEffective != null && effective.isBefore(currentEffective)) {
            effective = currentEffective;
        }
        return effective;
    }

    /** Whether the change is about the paying parent's income. */
    static boolean isIncome(ChangeKind kind) {
        return kind == ChangeKind.INCOME || kind == ChangeKind.EMPLOYMENT || kind == ChangeKind.BENEFITS;
    }
}
