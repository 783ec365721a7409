package org.childmaintenance.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.childmaintenance.calculation.Inputs.parent;
import static org.childmaintenance.calculation.Inputs.weekly;
import static org.childmaintenance.calculation.Inputs.withCategories;
import static org.childmaintenance.calculation.Inputs.withCounts;
import static org.childmaintenance.calculation.Inputs.withIncome;
import static org.childmaintenance.calculation.Inputs.withParents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.childmaintenance.calculation.CalculationInput.ChildInput;
import org.childmaintenance.calculation.CalculationInput.ReceivingParentInput;
import org.junit.jupiter.api.Test;

class CalculationInputValidationTest {

    private final CalculationEngine engine = new CalculationEngine();
    private final CalculationInput valid = weekly("500.00", parent("RPA", 0), parent("RPB", 0, 10));

    private List<ValidationError> errors(CalculationInput input) {
        return engine.validate(input);
    }

    @Test
    void accepts_valid_input() {
        assertThat(errors(valid)).isEmpty();
    }

    @Test
    void rejects_shared_care_over_366_nights() {
        assertThat(errors(weekly("500.00", parent("RPA", 0), parent("RPB", 367))))
                .containsExactly(new ValidationError("receivingParents[1].children[0].sharedCareNights",
                        "Nights must be between 0 and 366"));
    }

    @Test
    void rejects_negative_shared_care_nights() {
        assertThat(errors(weekly("500.00", parent("RPA", 0, -1))))
                .extracting(ValidationError::field)
                .containsExactly("receivingParents[0].children[1].sharedCareNights");
    }

    @Test
    void accepts_0_and_366_nights() {
        assertThat(errors(weekly("500.00", parent("RPA", 0, 366)))).isEmpty();
    }

    @Test
    void rejects_negative_income() {
        assertThat(errors(weekly("-0.01", parent("RPA", 0))))
                .containsExactly(new ValidationError("grossWeeklyIncome", "Amount cannot be negative"));
    }

    @Test
    void rejects_income_with_more_than_two_decimal_places() {
        assertThat(errors(withIncome(valid, null, "26000.005", null)))
                .containsExactly(new ValidationError("grossAnnualIncome",
                        "Enter an amount in pounds and pence, with no more than 2 decimal places"));
    }

    @Test
    void accepts_trailing_zeros_after_the_pence() {
        assertThat(errors(withIncome(valid, "250.500", null, null))).isEmpty();
    }

    @Test
    void rejects_absurdly_large_income_quickly() {
        CalculationInput huge = withIncome(valid, "1E+999999999", null, null);
        assertThat(engine.validate(huge)).extracting(ValidationError::message)
                .containsExactly("Amount must be less than £100,000,000");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(1), () -> engine.validate(huge));
    }

    @Test
    void rejects_both_weekly_and_annual_income() {
        assertThat(errors(withIncome(valid, "500.00", "26000.00", null)))
                .containsExactly(new ValidationError("grossAnnualIncome", "Give weekly income or annual income, not both"));
    }

    @Test
    void rejects_missing_income_when_the_rate_depends_on_it() {
        assertThat(errors(withIncome(valid, null, null, null)))
                .containsExactly(new ValidationError("grossWeeklyIncome",
                        "Enter the paying parent's gross weekly or annual income"));
    }

    @Test
    void accepts_missing_income_for_a_nil_rate_category_or_a_benefit_flat_rate() {
        CalculationInput noIncome = withIncome(valid, null, null, null);
        assertThat(errors(withCategories(noIncome, null, NilRateCategory.PRISONER))).isEmpty();
        assertThat(errors(withCategories(noIncome, BenefitFlatRate.INCOME_RELATED_BENEFIT, null))).isEmpty();
    }

    @Test
    void rejects_both_benefit_flat_rate_and_nil_rate_category() {
        assertThat(errors(withCategories(valid, BenefitFlatRate.OWN_PRESCRIBED_BENEFIT, NilRateCategory.PRISONER)))
                .containsExactly(new ValidationError("nilRateCategory", "Choose a benefit or a nil-rate group, not both"));
    }

    @Test
    void rejects_pension_contributions_above_the_income() {
        assertThat(errors(withIncome(valid, null, "20000.00", "20000.01")))
                .containsExactly(new ValidationError("pensionContributions",
                        "Pension contributions cannot be more than the income"));
    }

    @Test
    void rejects_pension_contributions_without_income() {
        CalculationInput prisoner = withCategories(withIncome(valid, null, null, "10.00"), null,
                NilRateCategory.PRISONER);
        assertThat(errors(prisoner)).extracting(ValidationError::field).containsExactly("pensionContributions");
    }

    @Test
    void rejects_negative_pension_contributions() {
        assertThat(errors(withIncome(valid, "500.00", null, "-1.00")))
                .containsExactly(new ValidationError("pensionContributions", "Amount cannot be negative"));
    }

    @Test
    void rejects_no_receiving_parents() {
        assertThat(errors(withParents(valid, List.of())))
                .containsExactly(new ValidationError("receivingParents", "Add at least one receiving parent"));
        assertThat(errors(withParents(valid, null))).extracting(ValidationError::field)
                .containsExactly("receivingParents");
    }

    @Test
    void rejects_receiving_parent_with_no_children() {
        assertThat(errors(weekly("500.00", parent("RPA", 0), parent("RPB"))))
                .containsExactly(new ValidationError("receivingParents[1].children",
                        "Add at least one child for this receiving parent"));
    }

    @Test
    void rejects_missing_receiving_parent_and_child_entries() {
        List<ReceivingParentInput> parents = new ArrayList<>();
        parents.add(null);
        parents.add(new ReceivingParentInput("RPB", Collections.singletonList(null)));
        assertThat(errors(withParents(valid, parents))).extracting(ValidationError::field)
                .containsExactly("receivingParents[0]", "receivingParents[1].children[0]");
    }

    @Test
    void rejects_blank_and_duplicate_receiving_parent_ids() {
        assertThat(errors(weekly("500.00", parent(" ", 0), parent("RPB", 0), parent("RPB", 0))))
                .extracting(ValidationError::field, ValidationError::message)
                .containsExactly(
                        tuple("receivingParents[0].id", "Enter an id for this receiving parent"),
                        tuple("receivingParents[2].id", "Each receiving parent needs a different id"));
    }

    @Test
    void rejects_more_than_20_children_in_total() {
        int[] eleven = new int[11];
        assertThat(errors(weekly("500.00", parent("RPA", eleven), parent("RPB", eleven))))
                .containsExactly(new ValidationError("receivingParents[1].children",
                        "Enter no more than 20 children in total"));
    }

    @Test
    void accepts_20_children_in_total() {
        assertThat(errors(weekly("500.00", parent("RPA", new int[10]), parent("RPB", new int[10])))).isEmpty();
    }

    @Test
    void rejects_negative_or_too_many_other_children() {
        assertThat(errors(withCounts(valid, -1, 21)))
                .containsExactly(
                        new ValidationError("relevantOtherChildren", "Number of children cannot be negative"),
                        new ValidationError("otherArrangementChildren", "Enter no more than 20 children"));
    }

    @Test
    void rejects_overlong_ids() {
        String longId = "x".repeat(65);
        ReceivingParentInput parent = new ReceivingParentInput(longId, List.of(new ChildInput(longId, 0)));
        assertThat(errors(weekly("500.00", parent))).extracting(ValidationError::field)
                .containsExactly("receivingParents[0].id", "receivingParents[0].children[0].id");
    }

    @Test
    void reports_every_error_not_just_the_first() {
        CalculationInput input = withCounts(withCategories(weekly("-5", parent("RPA", 400), parent("RPB")),
                BenefitFlatRate.OWN_PRESCRIBED_BENEFIT, NilRateCategory.CHILD), -2, 0);
        assertThat(errors(input)).extracting(ValidationError::field).containsExactlyInAnyOrder(
                "grossWeeklyIncome", "nilRateCategory", "relevantOtherChildren",
                "receivingParents[0].children[0].sharedCareNights", "receivingParents[1].children");
    }

    @Test
    void calculating_invalid_input_throws_with_the_field_errors() {
        CalculationInput input = weekly("500.00", parent("RPA", 367));
        for (var calculation : Arrays.<java.util.function.Function<CalculationInput, CalculationResult>>asList(
                engine::calculate, engine::calculateWithoutBreakdown)) {
            assertThatThrownBy(() -> calculation.apply(input))
                    .isInstanceOfSatisfying(InvalidCalculationInputException.class, e -> assertThat(e.errors())
                            .containsExactly(new ValidationError("receivingParents[0].children[0].sharedCareNights",
                                    "Nights must be between 0 and 366")));
        }
    }
}
