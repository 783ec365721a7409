package org.childmaintenance.calculation;

import java.math.BigDecimal;
import org.childmaintenance.base.MoneyText;

/** How figures are written for people in the breakdown. */
final class Narration {

    private Narration() {
    }

    /** "£1,250.00", the portal's one money format. */
    static String money(BigDecimal amount) {
        return MoneyText.format(amount);
    }

    /** An unrounded figure: "£96.0009", or "£96.00" when it has no more than two decimals. */
    static String exact(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 2 ? money(amount) : "£" + stripped.toPlainString();
    }

    /** "= £96.00" or "= £96.0009, which rounds to £96.00". */
    static String equalsRounded(BigDecimal exact, BigDecimal rounded) {
        return exact.compareTo(rounded) == 0
                ? "= " + money(rounded)
                : "= " + exact(exact) + ", which rounds to " + money(rounded) + " (to the nearest penny)";
    }

    /** 0.141 → "14.1%". */
    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** "1 child", "2 children". */
    static String children(int count) {
        return count == 1 ? "1 child" : count + " children";
    }

    /** Children counted for the percentages: "3 or more" at 3. */
    static String countLabel(int counted) {
        return counted >= 3 ? "3 or more" : Integer.toString(counted);
    }

    /** A fraction of fourteenths over a number of children, in lowest terms: "1/7", "1/2", "none". */
    static String fraction(int fourteenths, int children) {
        if (fourteenths == 0) {
            return "none";
        }
        int numerator = fourteenths;
        int denominator = 14 * children;
        int divisor = gcd(numerator, denominator);
        numerator /= divisor;
        denominator /= divisor;
        return denominator == 1 ? Integer.toString(numerator) : numerator + "/" + denominator;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** "104", "104 and 0", "60, 0 and 12". */
    static String list(java.util.List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
