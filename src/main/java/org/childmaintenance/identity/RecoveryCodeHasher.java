package org.childmaintenance.identity;

import org.childmaintenance.base.SecureCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Recovery codes are stored as salted, slow PBKDF2-HMAC-SHA256 hashes (they are short enough to be
 * worth guessing offline). Hashes written before this (plain SHA-256 hex) are still accepted.
 */
@Component
class RecoveryCodeHasher {
    private final Pbkdf2PasswordEncoder encoder;

    RecoveryCodeHasher(@Value("${portal.security.recovery-code.iterations:10000}") int iterations) {
        this.encoder = new Pbkdf2PasswordEncoder("", 16, iterations,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }

    String hash(String code) {
        return encoder.encode(SecureCodes.normalise(code));
    }

    boolean matches(String code, String stored) {
        String normalised = SecureCodes.normalise(code);
        if (normalised.isEmpty() || normalised.length() > 40) {
            return false;
        }
        if (stored.length() == 64 && stored.matches("[0-9a-f]{64}")) {
            return java.security.MessageDigest.isEqual(stored.getBytes(), SecureCodes.sha256(normalised).getBytes());
        }
        return encoder.matches(normalised, stored);
    }
}
