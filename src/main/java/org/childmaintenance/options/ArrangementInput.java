package org.childmaintenance.options;

import java.math.BigDecimal;
import java.util.List;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.base.UserFacingException;

/** Checking what a parent typed into the arrangement pages: trimmed text, amounts, and refusing with field errors. */
final class ArrangementInput {
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000.00");

    private ArrangementInput() {
    }

    static BigDecimal parseAmount(String text, String field, List<FieldError> errors) {
        if (trim(text).isEmpty()) {
            errors.add(new FieldError(field, "error.arrangement.amount.missing"));
            return null;
        }
        BigDecimal amount = MoneyText.tryParse(text).orElse(null);
        if (amount == null) {
            errors.add(new FieldError(field, "error.arrangement.amount.format"));
        } else if (amount.signum() <= 0) {
            errors.add(new FieldError(field, "error.arrangement.amount.zero"));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            errors.add(new FieldError(field, "error.arrangement.amount.tooBig"));
        }
        return amount;
    }

    static String requiredText(String text, String field, int max) {
        String value = trim(text);
        if (value.isEmpty()) {
            throw UserFacingException.onField(field, "error.arrangement." + field + ".missing");
        }
        if (value.length() > max) {
            throw UserFacingException.onField(field, "error.arrangement.text.tooLong");
        }
        return value;
    }

    static void fail(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
    }

    static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
