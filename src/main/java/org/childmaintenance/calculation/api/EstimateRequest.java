package org.childmaintenance.calculation.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The request body: the {@code input} object of calculation-vectors.json. Money may be a string
 * ("250.00") or a number; missing counts and nights count as 0.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
record EstimateRequest(
        @Nullable BigDecimal grossWeeklyIncome,
        @Nullable BigDecimal grossAnnualIncome,
        @Nullable BigDecimal pensionContributions,
        @Nullable String benefitFlatRate,
        @Nullable String nilRateCategory,
        @Nullable Integer relevantOtherChildren,
        @Nullable Integer otherArrangementChildren,
        @Nullable List<@Nullable ReceivingParent> receivingParents,
        @Nullable Boolean monthlyEquivalentRequested) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReceivingParent(@Nullable String id, @Nullable List<@Nullable Child> children) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Child(@Nullable String id, @Nullable Integer sharedCareNights) {
    }
}
