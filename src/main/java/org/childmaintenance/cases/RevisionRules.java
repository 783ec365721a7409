package org.childmaintenance.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * Checks casework's corrections on a revision and puts them on the case: a gross weekly income (0 to
 * £100,000, pence at most; the paying parent then counts as employed or self-employed on a weekly
 * figure), relevant other children and children of other arrangements (0 to 20 each), and shared-care
 * nights per qualifying child (0 to 365, calculation.md step 6).
 */
final class RevisionRules {
    static final BigDecimal MAX_WEEKLY_INCOME = new BigDecimal("100000");
    static final int MAX_CHILDREN = 20;
    static final int MAX_NIGHTS = 365;

    private RevisionRules() {
    }

    /** Checks, then applies; returns whether anything differs from what the case had. */
    static boolean apply(MaintenanceCase c, List<CaseChild> children, Revision.Corrections k) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal income = k.grossWeeklyIncome();
        if (income != null && (income.signum() < 0 || income.scale() > 2 || income.compareTo(MAX_WEEKLY_INCOME) > 0)) {
            errors.add(new FieldError("grossWeeklyIncome", "revision.error.income"));
        }
        count(errors, "relevantOtherChildren", k.relevantOtherChildren(), MAX_CHILDREN);
        count(errors, "otherArrangementChildren", k.otherArrangementChildren(), MAX_CHILDREN);
        for (CaseChild child : children) {
            Integer nights = k.nightsByChild().get(child.id());
            if (nights != null && (nights < 0 || nights > MAX_NIGHTS)) {
                errors.add(new FieldError("nights-" + child.id(), "revision.error.nights"));
            }
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        boolean changed = false;
        if (income != null && !sameWeeklyIncome(c, income)) {
            IncomeType type = c.incomeType() == IncomeType.SELF_EMPLOYED ? IncomeType.SELF_EMPLOYED : IncomeType.EMPLOYED;
            c.income(type, income.setScale(2), IncomeFrequency.WEEKLY, null, null);
            changed = true;
        }
        int relevant = k.relevantOtherChildren() == null ? c.relevantOtherChildren() : k.relevantOtherChildren();
        int other = k.otherArrangementChildren() == null ? c.otherArrangementChildren() : k.otherArrangementChildren();
        if (relevant != c.relevantOtherChildren() || other != c.otherArrangementChildren()) {
            c.otherChildren(relevant, other);
            changed = true;
        }
        for (CaseChild child : children) {
            Integer nights = k.nightsByChild().get(child.id());
            if (nights != null && nights != child.nights()) {
                child.nights(nights);
                changed = true;
            }
        }
        return changed;
    }

    private static boolean sameWeeklyIncome(MaintenanceCase c, BigDecimal income) {
        return (c.incomeType() == IncomeType.EMPLOYED || c.incomeType() == IncomeType.SELF_EMPLOYED)
                && c.incomeFrequency() == IncomeFrequency.WEEKLY && c.incomeAmount() != null
                && c.incomeAmount().compareTo(income) == 0;
    }

    private static void count(List<FieldError> errors, String field, @Nullable Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            errors.add(new FieldError(field, "revision.error.children"));
        }
    }
}
