package org.childmaintenance.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalising and checking what people type as e-mail addresses. Tokens, codes and their hashes
 * come from {@link org.childmaintenance.base.SecureCodes}.
 */
final class Secrets {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    private Secrets() {
    }

    /** A normalised address that looks like an e-mail address (at most 254 characters). */
    static boolean plausibleEmail(String normalised) {
        return normalised.length() <= 254 && EMAIL.matcher(normalised).matches();
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
