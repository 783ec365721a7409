package org.childmaintenance.calculation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The response body: the {@code expected} object of calculation-vectors.json (money as strings with
 * two decimals) plus the {@code breakdown}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"receiving_parents", "rate_band", "weekly_rate", "weekly_liability_after_other_arrangements",
        "total_weekly", "minimum_applied", "breakdown"})
record EstimateResponse(
        List<ReceivingParentAmount> receivingParents,
        String rateBand,
        String weeklyRate,
        @Nullable String weeklyLiabilityAfterOtherArrangements,
        String totalWeekly,
        boolean minimumApplied,
        List<Step> breakdown) {

    /** {@code monthly_equivalent} only when the request asked for it, as in the vectors. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "weekly_amount", "monthly_equivalent"})
    record ReceivingParentAmount(String id, String weeklyAmount, @Nullable String monthlyEquivalent) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"step", "rule", "receiving_parent_id", "figures_in", "figures_out", "explanation"})
    record Step(String step, String rule, @Nullable String receivingParentId, List<Figure> figuresIn,
            List<Figure> figuresOut, String explanation) {
    }

    record Figure(String name, String value) {
    }
}
