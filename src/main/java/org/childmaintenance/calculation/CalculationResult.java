package org.childmaintenance.calculation;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The weekly calculation. Mirrors the {@code expected} object of {@code calculation-vectors.json},
 * plus payment equivalents and the step-by-step breakdown. All money is scale 2.
 *
 * @param receivingParents the amount for each receiving parent, in input order
 * @param rateBand the rate that applies
 * @param weeklyRate the whole weekly rate before para 5A, apportionment and shared care
 * @param weeklyLiabilityAfterOtherArrangements the liability after para 5A (children supported under
 *     other arrangements), including its £7 minimum; null when para 5A did not apply
 * @param totalWeekly what the paying parent pays a week in total
 * @param minimumApplied true when a £7 minimum (para 7(7) or para 5A) changed the result
 * @param grossWeeklyIncome the gross weekly income used (after annual conversion and pension
 *     contributions, before the cap); null when no income was given
 * @param totalEquivalents the total as weekly, fortnightly, four-weekly and monthly payments
 * @param monthlyEquivalentRequested copied from the input, for presenters
 * @param breakdown every step with its rule and figures; empty from the fast path
 */
public record CalculationResult(
        List<ReceivingParentResult> receivingParents,
        RateBand rateBand,
        BigDecimal weeklyRate,
        @Nullable BigDecimal weeklyLiabilityAfterOtherArrangements,
        BigDecimal totalWeekly,
        boolean minimumApplied,
        @Nullable BigDecimal grossWeeklyIncome,
        PaymentEquivalents totalEquivalents,
        boolean monthlyEquivalentRequested,
        List<BreakdownStep> breakdown) {

    /**
     * @param id the receiving parent's id from the input
     * @param weeklyAmount what this receiving parent is due each week
     * @param equivalents the same amount as weekly, fortnightly, four-weekly and monthly payments
     */
    public record ReceivingParentResult(String id, BigDecimal weeklyAmount, PaymentEquivalents equivalents) {
    }
}
