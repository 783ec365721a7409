package org.childmaintenance.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one way to make random codes people type (invitation, recovery and activation codes) or
 * follow in links (tokens), and the hash stored instead of them. High-entropy codes need no slow
 * password hash: SHA-256 of the normalised code is enough.
 */
public final class SecureCodes {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits that cannot be mistaken for each other (no i, l, o, 0, 1). */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private SecureCodes() {
    }

    /**
     * A code like "k7pq-x2mv-9wte": {@code groups} groups of {@code groupLength} characters from an
     * alphabet without look-alikes, joined by hyphens (each character ~4.95 bits).
     */
    public static String newCode(int groups, int groupLength) {
        StringBuilder sb = new StringBuilder(groups * (groupLength + 1));
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                sb.append('-');
            }
            for (int i = 0; i < groupLength; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }

    /** A 12-character code in three groups ("k7pq-x2mv-9wte", about 59 bits): easy to read out or copy. */
    public static String newCode() {
        return newCode(3, 4);
    }

    /** A token for links: 256 random bits, URL-safe Base64 without padding. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A code as typed, made comparable: spaces and hyphens removed, lower case ("K7PQ x2mv" → "k7pqx2mv"). */
    public static String normalise(@Nullable String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** SHA-256 of the text (UTF-8), as 64 lower-case hex digits. */
    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What to store for a code people type: the hash of its normalised form. */
    public static String hashOfCode(@Nullable String code) {
        return sha256(normalise(code));
    }

    /** One of the choices, picked at random. */
    public static String oneOf(String... choices) {
        return choices[RANDOM.nextInt(choices.length)];
    }

    /** A string of {@code length} random decimal digits (references, numeric one-time codes). */
    public static String digits(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return sb.toString();
    }
}
