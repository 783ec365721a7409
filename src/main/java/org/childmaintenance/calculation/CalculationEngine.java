package org.childmaintenance.calculation;

import java.util.List;
import java.util.Locale;

/**
 * The 2012-scheme weekly child maintenance calculation (calculation.md). Stateless and thread-safe;
 * plain Java, so it can be created with {@code new} or declared as a bean by the caller.
 */
public final class CalculationEngine {

    /**
     * Checks the input (calculation.md §2 "Validation" plus the limits in {@link InputValidator}).
     *
     * @return the field errors, empty when the input can be calculated
     */
    public List<ValidationError> validate(CalculationInput input) {
        return InputValidator.validate(input);
    }

    /**
     * Calculates the weekly amounts with the step-by-step breakdown (Schedule 1 paras 2–8 and 10,
     * 2012 Regs regs 34–45, Collection Regs 1992 reg 4).
     *
     * @throws InvalidCalculationInputException when {@link #validate} finds errors
     */
    public CalculationResult calculate(CalculationInput input) {
        return calculate(input, Locale.UK);
    }

    /**
     * {@link #calculate(CalculationInput)} with the breakdown's sentences and rule references in the language of
     * {@code locale}: Welsh for a "cy" locale, English otherwise. The figures are the same in every language.
     *
     * @throws InvalidCalculationInputException when {@link #validate} finds errors
     */
    public CalculationResult calculate(CalculationInput input, Locale locale) {
        requireValid(input);
        return WeeklyCalculation.compute(input,
                new RecordingTrace(Wording.of(locale), input.receivingParents().size() == 1));
    }

    /**
     * Same figures as {@link #calculate}, without building the breakdown (its list is empty). For
     * bulk use such as projections and benchmarks.
     *
     * @throws InvalidCalculationInputException when {@link #validate} finds errors
     */
    public CalculationResult calculateWithoutBreakdown(CalculationInput input) {
        requireValid(input);
        return WeeklyCalculation.compute(input, NoTrace.INSTANCE);
    }

    private static void requireValid(CalculationInput input) {
        List<ValidationError> errors = InputValidator.validate(input);
        if (!errors.isEmpty()) {
            throw new InvalidCalculationInputException(errors);
        }
    }
}
