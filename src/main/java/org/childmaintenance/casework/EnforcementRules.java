package org.childmaintenance.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.calculation.RateBand;
import org.childmaintenance.cases.CaseService.DecisionView;
import org.childmaintenance.cases.CaseStatus;
import org.childmaintenance.cases.DecisionKind;
import org.jspecify.annotations.Nullable;

/** The ladder's limits on amounts and on who may be enforced against how (LC-12.4), as plain functions. */
final class EnforcementRules {
    private static final Set<String> FLAT_RATES = Set.of(RateBand.FLAT_INCOME.label(), RateBand.FLAT_BENEFIT.label());

    private EnforcementRules() {
    }

    /** The most a regular deduction order may take a week under this decision (null when no income is known). */
    static @Nullable BigDecimal rdoCap(DecisionView d) {
        if (d.kind() == DecisionKind.DEFAULT_RATE) {
            return EnforcementKind.RDO_DEFAULT_CAP;
        }
        return d.grossWeeklyIncome() == null ? null
                : d.grossWeeklyIncome().multiply(EnforcementKind.RDO_SHARE).setScale(2, RoundingMode.DOWN);
    }

    /**
     * LC-12.4 step 4: arrears are not recovered from benefit while the paying parent is liable for
     * flat-rate maintenance (the flat rate itself is then what benefit pays): the case's latest decision
     * is at a flat rate and the case is still open.
     */
    static boolean liableForFlatRate(@Nullable DecisionView latest, @Nullable CaseStatus status) {
        return latest != null && status != CaseStatus.CLOSED && FLAT_RATES.contains(latest.rateBand());
    }

    /** A money amount above zero, or null with the field's error added. */
    static @Nullable BigDecimal positive(@Nullable String amount, String field, List<FieldError> errors) {
        try {
            BigDecimal v = MoneyText.parse(amount);
            if (v.signum() == 0) {
                errors.add(new FieldError(field, "desk.error.amountZero"));
                return null;
            }
            return v;
        } catch (MoneyText.InvalidMoneyException e) {
            errors.add(new FieldError(field, e.problem().messageKey()));
            return null;
        }
    }

    /** Blank or stripped text, refused over 1,000 characters. */
    static String text(@Nullable String value, String field, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.length() > 1000) {
            errors.add(new FieldError(field, "desk.error.reasonTooLong"));
        }
        return v;
    }
}
