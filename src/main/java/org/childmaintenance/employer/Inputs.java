package org.childmaintenance.employer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.childmaintenance.base.UserFacingException.FieldError;

/** Reads what employers and caseworkers typed or uploaded: amounts in pounds and pence, ISO dates. */
final class Inputs {
    private static final Pattern MONEY = Pattern.compile("£?\\s*\\d{1,9}(,\\d{3})*(\\.\\d{1,2})?|£?\\s*\\d{1,9}(\\.\\d{1,2})?");

    private Inputs() {
    }

    /** An amount like "1,200.50" or "£150"; null when it is not one. */
    static BigDecimal money(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (!MONEY.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t.replace("£", "").replace(",", "").trim()).setScale(2);
    }

    /** Money for a field: adds "enter" or "format" errors under {@code field}; null if wrong. */
    static BigDecimal money(String text, String field, String errorPrefix, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, errorPrefix + ".required"));
            return null;
        }
        BigDecimal value = money(text);
        if (value == null) {
            errors.add(new FieldError(field, errorPrefix + ".format"));
        }
        return value;
    }

    /** An ISO date (2026-11-30) or a UK date (30/11/2026); null when it is neither. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            if (t.contains("/")) {
                String[] p = t.split("/");
                if (p.length != 3) {
                    return null;
                }
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return LocalDate.parse(t);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }
}
