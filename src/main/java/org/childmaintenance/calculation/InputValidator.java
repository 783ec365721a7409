package org.childmaintenance.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.calculation.CalculationInput.ChildInput;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.jspecify.annotations.Nullable;

/**
 * Checks input before calculation (calculation.md §2 "Validation"), field by field, with messages
 * for people. Limits marked DESIGN are not in the rules; they keep the work per estimate bounded.
 */
final class InputValidator {

    static final int MAX_NIGHTS = 366;
    /** DESIGN: the rules set no limit; 20 is far above any real case. */
    static final int MAX_CHILDREN = 20;
    /** DESIGN: far above the £3,000 cap, and keeps arithmetic on absurd numbers out. */
    static final BigDecimal MAX_MONEY = new BigDecimal("100000000");
    static final int MAX_ID_LENGTH = 64;

    private final List<ValidationError> errors = new ArrayList<>();

    private InputValidator() {
    }

    /**
     * The estimate calculator's income as typed: pounds and pence ({@link MoneyText}), and small
     * enough for the engine once made weekly or yearly as {@link EstimateAnswers#toInput()} does.
     * Errors are translation keys on the field "income".
     */
    static BigDecimal estimateIncome(@Nullable String typed, EstimateAnswers.@Nullable IncomePeriod period) {
        BigDecimal income;
        try {
            income = MoneyText.parse(typed);
        } catch (MoneyText.InvalidMoneyException e) {
            throw UserFacingException.onField("income", switch (e.problem()) {
                case MISSING -> "estimate.income.error.missing";
                case TOO_LARGE -> "estimate.income.error.tooLarge";
                case TOO_MANY_DECIMALS -> "estimate.income.error.decimals";
                default -> "estimate.income.error.format";
            });
        }
        BigDecimal forEngine = period == EstimateAnswers.IncomePeriod.MONTH ? income.multiply(BigDecimal.valueOf(12)) : income;
        if (forEngine.compareTo(MAX_MONEY) >= 0) {
            throw UserFacingException.onField("income", "estimate.income.error.tooLarge");
        }
        return income;
    }

    /** The estimate calculator's number of children as typed: a whole number from 1 to {@link #MAX_CHILDREN}. */
    static int estimateChildren(@Nullable String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw UserFacingException.onField("children", "estimate.children.error.missing");
        }
        if (!t.matches("\\d{1,2}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > MAX_CHILDREN) {
            throw UserFacingException.onField("children", "estimate.children.error.range");
        }
        return Integer.parseInt(t);
    }

    static List<ValidationError> validate(CalculationInput in) {
        InputValidator validator = new InputValidator();
        validator.check(in);
        return List.copyOf(validator.errors);
    }

    private void error(String field, String message) {
        errors.add(new ValidationError(field, message));
    }

    private void check(CalculationInput in) {
        boolean weeklyOk = checkMoney("grossWeeklyIncome", in.grossWeeklyIncome());
        boolean annualOk = checkMoney("grossAnnualIncome", in.grossAnnualIncome());
        boolean pensionOk = checkMoney("pensionContributions", in.pensionContributions());
        BigDecimal income = in.grossWeeklyIncome() != null ? in.grossWeeklyIncome() : in.grossAnnualIncome();
        boolean incomeNeeded = in.nilRateCategory() == null && in.benefitFlatRate() == null;

        if (in.grossWeeklyIncome() != null && in.grossAnnualIncome() != null) {
            error("grossAnnualIncome", "Give weekly income or annual income, not both");
        } else if (income == null && incomeNeeded) {
            error("grossWeeklyIncome", "Enter the paying parent's gross weekly or annual income");
        }
        if (in.pensionContributions() != null && pensionOk) {
            if (income == null) {
                error("pensionContributions", "Enter the income these pension contributions come out of");
            } else if (weeklyOk && annualOk && in.pensionContributions().compareTo(income) > 0) {
                error("pensionContributions", "Pension contributions cannot be more than the income");
            }
        }
        if (in.benefitFlatRate() != null && in.nilRateCategory() != null) {
            error("nilRateCategory", "Choose a benefit or a nil-rate group, not both");
        }
        checkCount("relevantOtherChildren", in.relevantOtherChildren());
        checkCount("otherArrangementChildren", in.otherArrangementChildren());
        checkReceivingParents(in.receivingParents());
    }

    private boolean checkMoney(String field, @Nullable BigDecimal amount) {
        if (amount == null) {
            return true;
        }
        // Magnitude first: scale arithmetic on a number like 1E+999999999 would be slow.
        if (amount.signum() < 0) {
            error(field, "Amount cannot be negative");
        } else if (amount.compareTo(MAX_MONEY) >= 0) {
            error(field, "Amount must be less than £100,000,000");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            error(field, "Enter an amount in pounds and pence, with no more than 2 decimal places");
        } else {
            return true;
        }
        return false;
    }

    private void checkCount(String field, int count) {
        if (count < 0) {
            error(field, "Number of children cannot be negative");
        } else if (count > MAX_CHILDREN) {
            error(field, "Enter no more than " + MAX_CHILDREN + " children");
        }
    }

    private void checkReceivingParents(@Nullable List<@Nullable ReceivingParentInput> parents) {
        if (parents == null || parents.isEmpty()) {
            error("receivingParents", "Add at least one receiving parent");
            return;
        }
        if (parents.size() > MAX_CHILDREN) {
            error("receivingParents", "Enter no more than " + MAX_CHILDREN + " receiving parents");
            return;
        }
        Set<String> ids = new HashSet<>();
        int totalChildren = 0;
        for (int j = 0; j < parents.size(); j++) {
            String field = "receivingParents[" + j + "]";
            ReceivingParentInput parent = parents.get(j);
            if (parent == null) {
                error(field, "Enter the receiving parent's details");
                continue;
            }
            if (parent.id() == null || parent.id().isBlank()) {
                error(field + ".id", "Enter an id for this receiving parent");
            } else if (parent.id().length() > MAX_ID_LENGTH) {
                error(field + ".id", "Id must be " + MAX_ID_LENGTH + " characters or fewer");
            } else if (!ids.add(parent.id())) {
                error(field + ".id", "Each receiving parent needs a different id");
            }
            List<@Nullable ChildInput> children = parent.children();
            if (children == null || children.isEmpty()) {
                error(field + ".children", "Add at least one child for this receiving parent");
                continue;
            }
            totalChildren += children.size();
            if (totalChildren > MAX_CHILDREN) {
                error(field + ".children", "Enter no more than " + MAX_CHILDREN + " children in total");
                return;
            }
            for (int c = 0; c < children.size(); c++) {
                checkChild(field + ".children[" + c + "]", children.get(c));
            }
        }
    }

    private void checkChild(String field, @Nullable ChildInput child) {
        if (child == null) {
            error(field, "Enter the child's details");
            return;
        }
        if (child.id() != null && child.id().length() > MAX_ID_LENGTH) {
            error(field + ".id", "Id must be " + MAX_ID_LENGTH + " characters or fewer");
        }
        if (child.sharedCareNights() < 0 || child.sharedCareNights() > MAX_NIGHTS) {
            error(field + ".sharedCareNights", "Nights must be between 0 and " + MAX_NIGHTS);
        }
    }
}
