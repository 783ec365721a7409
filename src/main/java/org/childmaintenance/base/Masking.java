package org.childmaintenance.base;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one way to keep what someone typed about a person out of logs and the audit trail while still
 * recognising it: e-mail addresses keep their first letter and domain, NI numbers their two-letter prefix,
 * other words their first letter. A 12-digit case reference is the portal's own number and is kept.
 */
public final class Masking {
    private static final Pattern CASE_REFERENCE = Pattern.compile("\\d{12}");
    private static final Pattern NI_NUMBER = Pattern.compile("[A-Z]{2}\\d{6}[A-Z]?");

    private Masking() {
    }

    /** "parent@example.com" → "p***@example.com". */
    public static String email(String email) {
        int at = email.indexOf('@');
        if (at <= 1) {
            return "***" + (at >= 0 ? email.substring(at) : "");
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /**
     * Search words as the audit may keep them, with what kind they look like: "reference 121000000001",
     * "NI number QQ*******", "e-mail p***@example.com", or "words A*** M*****".
     */
    public static String searchWords(@Nullable String words) {
        String t = words == null ? "" : words.strip();
        String compact = t.replaceAll("[\\s-]", "").toUpperCase(Locale.UK);
        if (CASE_REFERENCE.matcher(compact).matches()) {
            return "reference " + compact;
        }
        if (NI_NUMBER.matcher(compact).matches()) {
            return "NI number " + compact.substring(0, 2) + "*".repeat(compact.length() - 2);
        }
        if (t.contains("@") && !t.contains(" ")) {
            return "e-mail " + email(t);
        }
        StringBuilder out = new StringBuilder("words");
        for (String word : t.split("\\s+")) {
            if (!word.isEmpty()) {
                out.append(' ').append(word.charAt(0)).append("*".repeat(word.length() - 1));
            }
        }
        return out.toString();
    }
}
