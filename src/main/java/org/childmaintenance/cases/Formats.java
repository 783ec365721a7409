package org.childmaintenance.cases;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks and tidies what people type: reference numbers, NI numbers, postcodes, bank details. */
final class Formats {
    static final Pattern PRE_APPLICATION_REFERENCE = Pattern.compile("(85|95|96)\\d{7}");
    private static final Pattern NI = Pattern.compile(
            "(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]");
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("[+]?[\\d ()-]{10,20}");

    private Formats() {
    }

    static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    static String digitsOnly(@Nullable String s) {
        return s == null ? "" : s.replaceAll("[\\s-]", "");
    }

    static String compactUpper(@Nullable String s) {
        return s == null ? "" : s.replaceAll("\\s", "").toUpperCase(Locale.UK);
    }

    static boolean preApplicationReference(String s) {
        return PRE_APPLICATION_REFERENCE.matcher(digitsOnly(s)).matches();
    }

    static boolean niNumber(String s) {
        return NI.matcher(compactUpper(s)).matches();
    }

    static boolean postcode(String s) {
        return POSTCODE.matcher(s.trim().toUpperCase(Locale.UK)).matches();
    }

    static String tidyPostcode(@Nullable String s) {
        if (blank(s)) {
            return "";
        }
        String c = compactUpper(s);
        return c.length() > 3 ? c.substring(0, c.length() - 3) + " " + c.substring(c.length() - 3) : c;
    }

    static boolean email(String s) {
        return s.length() <= 254 && EMAIL.matcher(s.trim()).matches();
    }

    static boolean phone(String s) {
        return PHONE.matcher(s.trim()).matches() && s.replaceAll("\\D", "").length() >= 10;
    }

    static boolean sortCode(String s) {
        return digitsOnly(s).matches("\\d{6}");
    }

    static boolean accountNumber(String s) {
        return digitsOnly(s).matches("\\d{8}");
    }

    /** A whole number from 0 to {@code max}, or empty. */
    static Optional<Integer> count(@Nullable String s, int max) {
        if (blank(s) || !s.trim().matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(s.trim());
        return n <= max ? Optional.of(n) : Optional.empty();
    }

    /** The form names are compared in for duplicate applications: lower case, single spaces. */
    static String nameKey(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
}
