package org.childmaintenance.base;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The one way to keep a secret value encrypted at rest (AES-256-GCM). Stored form:
 * {@code v1:} + Base64(12-byte nonce + ciphertext + 128-bit tag). An optional context (GCM
 * associated data, e.g. "totp:42") binds a value to its owner so it cannot be moved to another row.
 */
public final class Sealing {
    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;
    private final SecretKey key;

    private Sealing(SecretKey key) {
        this.key = key;
    }

    /**
     * Sealing with a configured key (Base64 of 32 bytes).
     *
     * @param setting the name of the setting, for the message when the key is not 32 bytes
     */
    public static Sealing withKey(String base64Key, String setting) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " must be 32 bytes in Base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException(setting + " must be 32 bytes in Base64");
        }
        return new Sealing(new SecretKeySpec(raw, "AES"));
    }

    /** Sealing with a random key for this run only (what it seals cannot be opened after a restart). */
    public static Sealing withNewKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return new Sealing(generator.generateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a stored value is in the sealed form (anything else was stored before sealing). */
    public static boolean isSealed(@Nullable String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public String seal(String plain) {
        return seal(plain, "");
    }

    /** Seals the text (UTF-8) bound to {@code context}; opening needs the same context. */
    public String seal(String plain, String context) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            bind(cipher, context);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a value", e);
        }
    }

    public Optional<String> open(@Nullable String sealed) {
        return open(sealed, "");
    }

    /** The plain text, or empty when the value is missing, not sealed, damaged, or sealed with another key or context. */
    public Optional<String> open(@Nullable String sealed, String context) {
        if (!isSealed(sealed)) {
            return Optional.empty();
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (in.length < NONCE + 16) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE));
            bind(cipher, context);
            return Optional.of(new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void bind(Cipher cipher, String context) {
        if (!context.isEmpty()) {
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        }
    }
}
