package org.childmaintenance.notification;

import java.util.Optional;
import org.childmaintenance.base.Sealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals message bodies kept until they are sent ({@link Sealing}, AES-256-GCM), so a copy of the database holds no
 * usable reset, verification, invitation link or activation code. The key comes from configuration
 * ({@code portal.mail.body-key}, 32 bytes in Base64), never from the database.
 */
@Component
class SecretBox {
    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private final Sealing sealing;

    SecretBox(@Value("${portal.mail.body-key:}") String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            log.warn("portal.mail.body-key is not set: using a key for this run only; messages still waiting "
                    + "when the portal stops cannot be sent after a restart");
            this.sealing = Sealing.withNewKey();
        } else {
            this.sealing = Sealing.withKey(base64Key, "portal.mail.body-key");
        }
    }

    String seal(String plain) {
        return sealing.seal(plain);
    }

    /** The plain text, or empty when the value is missing or was sealed with another key. */
    Optional<String> open(String sealed) {
        return sealing.open(sealed);
    }

    static boolean isSealed(String value) {
        return Sealing.isSealed(value);
    }
}
