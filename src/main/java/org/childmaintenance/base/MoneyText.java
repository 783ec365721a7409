package org.childmaintenance.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one way money is written for people ("£1,234.50") and read back from what they type. Plain
 * Java (the calculation engine uses it too); amounts are {@code BigDecimal} with scale 2.
 */
public final class MoneyText {
    /** DESIGN: nine digits of pounds, far above any amount the service handles. */
    public static final BigDecimal MAX = new BigDecimal("999999999.99");
    /** "1250", "1,250", "1 250", "1250.50"; commas or spaces only between groups of three digits. */
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d{1,3}( \\d{3})+|\\d+)(\\.\\d+)?");
    private static final char MINUS = '−';

    private MoneyText() {
    }

    /** What is wrong with typed money; {@link #messageKey()} is a general message for a field. */
    public enum Problem {
        MISSING, NOT_MONEY, NEGATIVE, TOO_MANY_DECIMALS, TOO_LARGE;

        public String messageKey() {
            return "money.error." + switch (this) {
                case MISSING -> "missing";
                case NOT_MONEY -> "format";
                case NEGATIVE -> "negative";
                case TOO_MANY_DECIMALS -> "decimals";
                case TOO_LARGE -> "tooLarge";
            };
        }
    }

    /** Typed money that is not an amount in pounds and pence; {@link #problem()} says why. */
    public static final class InvalidMoneyException extends IllegalArgumentException {
        private final Problem problem;

        InvalidMoneyException(Problem problem, @Nullable String text) {
            super("Not an amount of money (" + problem + "): " + text);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * "£1,234.50", "£0.00", "−£4.00" (a real minus sign, read out as "minus"); empty for null.
     * Written by hand: the estimate breakdown formats many figures per request, and
     * {@code NumberFormat} is about ten times slower.
     */
    public static String format(@Nullable BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        String digits = amount.setScale(2, RoundingMode.HALF_UP).abs().toPlainString();
        StringBuilder text = new StringBuilder(digits.length() + 6);
        if (amount.setScale(2, RoundingMode.HALF_UP).signum() < 0) {
            text.append(MINUS);
        }
        text.append('£');
        int units = digits.length() - 3;
        for (int i = 0; i < units; i++) {
            if (i > 0 && (units - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append(digits, units, digits.length()).toString();
    }

    /**
     * Reads money as people type it: "300", "£300", "£ 1,250.5", "1250.50". Never rounds: more than
     * two decimal places, a minus sign, letters or misplaced commas are refused with the specific
     * {@link Problem}. Returns scale 2.
     *
     * @throws InvalidMoneyException with the problem
     */
    public static BigDecimal parse(@Nullable String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidMoneyException(Problem.MISSING, text);
        }
        boolean negative = false;
        if (t.charAt(0) == '-' || t.charAt(0) == MINUS) {
            negative = true;
            t = t.substring(1).strip();
        }
        if (t.startsWith("£")) {
            t = t.substring(1).strip();
        }
        if (!negative && !t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == MINUS)) {
            negative = true;
            t = t.substring(1).strip();
        }
        if (!AMOUNT.matcher(t).matches()) {
            throw new InvalidMoneyException(Problem.NOT_MONEY, text);
        }
        if (negative) {
            throw new InvalidMoneyException(Problem.NEGATIVE, text);
        }
        int point = t.indexOf('.');
        if (point >= 0 && t.length() - point - 1 > 2) {
            throw new InvalidMoneyException(Problem.TOO_MANY_DECIMALS, text);
        }
        String plain = t.replace(",", "").replace(" ", "");
        // Length first, so an absurdly long number is refused without big-number arithmetic.
        if ((point >= 0 ? plain.indexOf('.') : plain.length()) > 12) {
            throw new InvalidMoneyException(Problem.TOO_LARGE, text);
        }
        BigDecimal amount = new BigDecimal(plain).setScale(2, RoundingMode.UNNECESSARY);
        if (amount.compareTo(MAX) > 0) {
            throw new InvalidMoneyException(Problem.TOO_LARGE, text);
        }
        return amount;
    }

    /** {@link #parse(String)}, or empty for anything that is not money (including blank). */
    public static Optional<BigDecimal> tryParse(@Nullable String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidMoneyException e) {
            return Optional.empty();
        }
    }

    /** The problem with typed money, or empty when it is a valid amount. */
    public static Optional<Problem> problem(@Nullable String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (InvalidMoneyException e) {
            return Optional.of(e.problem());
        }
    }
}
