package org.childmaintenance.identity;

import org.childmaintenance.base.Sealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets at rest ({@link Sealing}, AES-256-GCM), bound to their account id. The key is
 * {@code portal.security.totp-encryption-key} (base64 of 32 bytes; production sets it from the
 * PORTAL_TOTP_KEY environment variable). The built-in key is public and for H2 runs and tests only.
 * Unsealed values are older plain secrets; they are still read and are encrypted when next written.
 */
@Component
class TotpSecretCipher {
    /** Public development/test key (documented in application.properties). Never use it in production. */
    static final String DEV_KEY = "ZGV2LW9ubHktdG90cC1rZXktbm90LWZvci1wcm9kISE=";
    private static final Logger log = LoggerFactory.getLogger(TotpSecretCipher.class);
    private final Sealing sealing;

    TotpSecretCipher(@Value("${portal.security.totp-encryption-key:" + DEV_KEY + "}") String base64Key) {
        this.sealing = Sealing.withKey(base64Key, "portal.security.totp-encryption-key");
        if (DEV_KEY.equals(base64Key.trim())) {
            log.warn("Authenticator secrets use the public development key: set PORTAL_TOTP_KEY in production");
        }
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
