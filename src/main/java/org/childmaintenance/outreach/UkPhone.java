package org.childmaintenance.outreach;

import java.util.Optional;

/**
 * UK telephone numbers people can be called on: landlines (01, 02, 03), mobiles (07, not 070 personal
 * numbers) and freephone (0800, 0808), typed with spaces, brackets, hyphens or +44; premium and
 * revenue-sharing numbers are refused. Stored as digits from the leading 0, shown in the usual groups.
 */
public final class UkPhone {
    private UkPhone() {
    }

    /** The number as digits from the leading 0 ("07700900123"), or empty when it is not a UK number we call. */
    public static Optional<String> normalise(String typed) {
        String digits = typed.strip().replaceAll("[\\s().-]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + stripTrunkZero(digits.substring(3));
        } else if (digits.startsWith("0044")) {
            digits = "0" + stripTrunkZero(digits.substring(4));
        }
        if (!digits.matches("0\\d{9,10}")) {
            return Optional.empty();
        }
        boolean ok = switch (digits.charAt(1)) {
            case '1' -> true;
            case '2', '3' -> digits.length() == 11;
            case '7' -> digits.length() == 11 && !digits.startsWith("070");
            case '8' -> digits.startsWith("0800") || (digits.startsWith("0808") && digits.length() == 11);
            default -> false;
        };
        return ok ? Optional.of(digits) : Optional.empty();
    }

    /** "+44 (0)20…" is common: the 0 in brackets is dropped with the brackets, but a bare 0 after +44 too. */
    private static String stripTrunkZero(String rest) {
        return rest.startsWith("0") ? rest.substring(1) : rest;
    }

    /** Digits in the groups people read: "07700 900123", "020 7946 0000", "0300 123 4567". */
    public static String display(String digits) {
        if (digits.length() != 11) {
            return digits;
        }
        if (digits.startsWith("02")) {
            return digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
        }
        if (digits.startsWith("03") || digits.startsWith("08")) {
            return digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
        }
        return digits.substring(0, 5) + " " + digits.substring(5);
    }
}
