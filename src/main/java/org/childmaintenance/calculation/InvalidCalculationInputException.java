package org.childmaintenance.calculation;

import java.util.List;

/** Thrown when asked to calculate from input that {@link CalculationEngine#validate} rejects. */
public class InvalidCalculationInputException extends RuntimeException {

    private final transient List<ValidationError> errors;

    public InvalidCalculationInputException(List<ValidationError> errors) {
        super("Invalid calculation input: " + errors.size() + " error(s)");
        this.errors = List.copyOf(errors);
    }

    /** The field errors, with messages meant for people. */
    public List<ValidationError> errors() {
        return errors;
    }
}
