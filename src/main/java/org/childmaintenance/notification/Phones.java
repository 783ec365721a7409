package org.childmaintenance.notification;

import java.util.Optional;

/** UK mobile numbers: the forms people type, normalised to +447…; masked in logs and casework pages. */
public final class Phones {
    private Phones() {
    }

    public static Optional<String> normaliseUkMobile(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s()-]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        if (!digits.matches("07\\d{9}")) {
            return Optional.empty();
        }
        return Optional.of("+44" + digits.substring(1));
    }

    public static String mask(String phone) {
        return phone == null || phone.length() < 4 ? "***" : "***" + phone.substring(phone.length() - 3);
    }
}
