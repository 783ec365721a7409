package org.childmaintenance.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets at rest with AES-256-GCM, bound to their account id. The key is
 * {@code portal.security.totp-encryption-key} (base64 of 32 bytes; production sets it from the
 * PORTAL_TOTP_KEY environment variable). The built-in key is public and for H2 runs and tests only.
 * Stored form: {@code v1:} + base64(12-byte nonce + ciphertext + tag). Unprefixed values are older
 * plain secrets; they are still read and are encrypted when next written.
 */
@Component
class TotpSecretCipher {
    /** Public development/test key (documented in application.properties). Never use it in production. */
    static final String DEV_KEY = "ZGV2LW9ubHktdG90cC1rZXktbm90LWZvci1wcm9kISE=";
    private static final Logger log = LoggerFactory.getLogger(TotpSecretCipher.class);
    private static final String PREFIX = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    TotpSecretCipher(@Value("${portal.security.totp-encryption-key:" + DEV_KEY + "}") String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("portal.security.totp-encryption-key must be base64 of 32 bytes");
        }
        if (DEV_KEY.equals(base64Key.trim())) {
            log.warn("Authenticator secrets use the public development key: set PORTAL_TOTP_KEY in production");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String encrypt(long accountId, String secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(accountId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Authenticator secret could not be encrypted", e);
        }
    }

    /** The plain secret, or null if none is stored. */
    String decrypt(long accountId, String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            return stored; // stored before encryption was introduced
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            cipher.updateAAD(aad(accountId));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Authenticator secret could not be decrypted (wrong key?)", e);
        }
    }

    private static byte[] aad(long accountId) {
        return ("totp:" + accountId).getBytes(StandardCharsets.US_ASCII);
    }
}
