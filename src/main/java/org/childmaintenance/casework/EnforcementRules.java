package org.childmaintenance.casework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The next step's earliest date, in days after a step starts (issue 15). The rules (LC-12.4) give no
     * interval; these follow the CMS's practice of letting each method have a chance to collect before the
     * next is considered, and are explained in docs/issue-status.md (issue 15):
     * <ul>
     * <li>DEO: 28 days after the order takes effect — the employer is liable 7 days after service (LC-13.3) and
     * then deducts on every pay day, so four weeks see a deduction for weekly, fortnightly and four-weekly pay;
     * sooner, from the day the order stops (the employee left, or is not theirs): nothing more will be deducted;</li>
     * <li>regular deduction order: 28 days, for the bank's first deductions;</li>
     * <li>lump sum deduction order, interim: 14 days, the time to make representations about the freeze before a
     * final order (a final order ends the step);</li>
     * <li>deduction from benefit: 28 days, a benefit payment cycle;</li>
     * <li>liability order: 28 days after the application or after the latest outcome chosen since the order
     * (LC-12.4 step 6), to see whether that outcome is collecting.</li>
     * </ul>
     */
    static final Map<EnforcementKind, Integer> DAYS_TO_NEXT_STEP = new EnumMap<>(Map.of(EnforcementKind.DEO, 28,
            EnforcementKind.RDO, 28, EnforcementKind.LSDO, 14, EnforcementKind.BENEFIT, 28,
            EnforcementKind.LIABILITY_ORDER, 28));

    private EnforcementRules() {
    }

    /**
     * When the next step may be taken after an active step: {@link #DAYS_TO_NEXT_STEP} after the latest of
     * its start, the DEO's effective date and the latest liability order outcome; or the day a DEO's order
     * stopped, if sooner.
     *
     * @param orderEffective a DEO's order's effective date (null otherwise)
     * @param orderStopped the day a DEO's order stopped being in force (null while in force)
     * @param latestOutcome the latest outcome chosen after a liability order (null when none)
     */
    static LocalDate nextStepFrom(EnforcementKind kind, LocalDate startedOn, @Nullable LocalDate orderEffective,
                                  @Nullable LocalDate orderStopped, @Nullable LocalDate latestOutcome) {
        LocalDate from = startedOn;
        if (orderEffective != null && orderEffective.isAfter(from)) {
            from = orderEffective;
        }
        if (latestOutcome != null && latestOutcome.isAfter(from)) {
            from = latestOutcome;
        }
        LocalDate earliest = from.plusDays(DAYS_TO_NEXT_STEP.get(kind));
        return orderStopped != null && orderStopped.isBefore(earliest) ? orderStopped : earliest;
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
