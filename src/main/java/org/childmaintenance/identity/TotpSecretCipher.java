package org.childmaintenance.identity;

import org.childmaintenance.base.Sealing;
import org.childmaintenance.base.SecretKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets at rest ({@link Sealing}, AES-256-GCM), bound to their account id. The key is
 * {@code portal.security.totp-encryption-key} (base64 of 32 bytes; production sets it from the
 * PORTAL_TOTP_KEY environment variable and refuses to start without it, {@link SecretKeys}). The built-in key is
 * public and for H2 runs and tests only.
 * Unsealed values are older plain secrets; they are still read and are encrypted when next written.
 */
@Component
class TotpSecretCipher {
    /** Public development/test key (documented in application.properties). Never use it in production. */
    static final String DEV_KEY = "ZGV2LW9ubHktdG90cC1rZXktbm90LWZvci1wcm9kISE=";
    static final String VARIABLE = "PORTAL_TOTP_KEY";
    private final Sealing sealing;

    @Autowired
    TotpSecretCipher(@Value("${portal.security.totp-encryption-key:}") String base64Key, Environment environment) {
        this(base64Key, SecretKeys.production(environment));
    }

    TotpSecretCipher(String base64Key, boolean production) {
        this.sealing = SecretKeys.sealing(base64Key, VARIABLE, DEV_KEY, production);
    }

    String encrypt(long accountId, String secret) {
        return sealing.seal(secret, context(accountId));
    }

    /** The plain secret, or null if none is stored. */
    String decrypt(long accountId, String stored) {
        if (stored == null) {
            return null;
        }
        if (!Sealing.isSealed(stored)) {
            return stored; // stored before encryption was introduced
        }
        return sealing.open(stored, context(accountId)).orElseThrow(
                () -> new IllegalStateException("Authenticator secret could not be decrypted (wrong key?)"));
    }

    private static String context(long accountId) {
        return "totp:" + accountId;
    }
}
