package org.childmaintenance.base;

import java.util.List;

/**
 * A failure whose message is written for people: the UI shows it as it is. Carries field errors
 * (field name to message) when the problem is with what the user entered.
 */
public class UserFacingException extends RuntimeException {
    private final List<FieldError> fieldErrors;

    public UserFacingException(String message) {
        this(message, List.of());
    }

    public UserFacingException(String message, List<FieldError> fieldErrors) {
        super(message);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static UserFacingException onField(String field, String message) {
        return new UserFacingException(message, List.of(new FieldError(field, message)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public record FieldError(String field, String message) {
    }
}
