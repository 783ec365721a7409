package org.childmaintenance.identity;

import org.childmaintenance.base.SecureCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Recovery codes are stored as salted, slow PBKDF2-HMAC-SHA256 hashes (they are short enough to be
 * worth guessing offline). Codes issued before that were stored as plain SHA-256 hex; those hashes are
 * never accepted as they are: {@link RecoveryCodeUpgrade} wraps each one at start-up in the same slow
 * hash, marked {@value #WRAPPED}, and such a code is checked by hashing what was typed with SHA-256 and
 * then with the slow hash.
 *
 * <p>Iterations (default 10,000, {@code portal.security.recovery-code.iterations}): OWASP's 600,000 for
 * PBKDF2-HMAC-SHA256 is set for passwords people choose. A recovery code is 12 random characters from 31
 * (about 59 bits), so an offline search of one stolen salted hash needs about 2^58 guesses × 10,000
 * iterations — centuries on a rack of GPUs. Online, one attempt may check all 10 of an account's codes
 * (each has its own salt), so 600,000 iterations would cost seconds of CPU per attempt and make the sign-in
 * step an easy way to load the servers; 10,000 keeps an attempt at tens of milliseconds.
 */
@Component
class RecoveryCodeHasher {
    /** Marks the slow hash of an old code's SHA-256 (hex digits never contain '+'). */
    static final String WRAPPED = "sha256+";
    private final Pbkdf2PasswordEncoder encoder;

    RecoveryCodeHasher(@Value("${portal.security.recovery-code.iterations:10000}") int iterations) {
        this.encoder = new Pbkdf2PasswordEncoder("", 16, iterations,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256);
    }

    String hash(String code) {
        return encoder.encode(SecureCodes.normalise(code));
    }

    /** The stored form of an old code's plain SHA-256 hash: the slow hash of it, marked. */
    String wrap(String plainSha256) {
        if (!isPlainSha256(plainSha256)) {
            throw new IllegalArgumentException("not a plain SHA-256 hash");
        }
        return WRAPPED + encoder.encode(plainSha256);
    }

    /** A hash written before recovery codes were hashed slowly: 64 lower-case hex digits. */
    static boolean isPlainSha256(String stored) {
        return stored.length() == 64 && stored.matches("[0-9a-f]{64}");
    }

    boolean matches(String code, String stored) {
        String normalised = SecureCodes.normalise(code);
        if (normalised.isEmpty() || normalised.length() > 40) {
            return false;
        }
        if (stored.startsWith(WRAPPED)) {
            return encoder.matches(SecureCodes.sha256(normalised), stored.substring(WRAPPED.length()));
        }
        if (isPlainSha256(stored)) {
            return false; // a fast hash is never accepted; RecoveryCodeUpgrade wraps it at start-up
        }
        return encoder.matches(normalised, stored);
    }
}
