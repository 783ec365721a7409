package org.childmaintenance.options;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Invitation codes (only their hashes are stored) and parsing of amounts typed by people. */
final class Codes {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private Codes() {
    }

    /** A code like "k7pq-x2mv-9wte" (about 59 bits): easy to read out or type from an e-mail. */
    static String newCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "£1,234.5" → 1234.50; empty when it is not an amount in pounds and pence. */
    static Optional<BigDecimal> money(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.trim().replace("£", "").replace(",", "").replace(" ", "");
        if (!cleaned.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cleaned).setScale(2, RoundingMode.UNNECESSARY));
    }
}
