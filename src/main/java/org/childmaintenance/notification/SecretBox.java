package org.childmaintenance.notification;

import java.util.Optional;
import org.childmaintenance.base.Sealing;
import org.childmaintenance.base.SecretKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seals message bodies kept until they are sent ({@link Sealing}, AES-256-GCM), so a copy of the database holds no
 * usable reset, verification, invitation link or activation code. The key comes from configuration
 * ({@code portal.mail.body-key}, 32 bytes in Base64), never from the database. Production (the mariadb profile)
 * refuses to start without PORTAL_MAIL_BODY_KEY ({@link SecretKeys}): a key for one run only would leave mail
 * still waiting at a restart unreadable. The H2 run and the tests use the demo key.
 */
@Component
class SecretBox {
    /** Public demo key of the H2 run and the tests (application.properties); refused in production. */
    static final String DEMO_KEY = "ZGVtby1vbmx5LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=";
    static final String VARIABLE = "PORTAL_MAIL_BODY_KEY";
    private final Sealing sealing;

    @Autowired
    SecretBox(@Value("${portal.mail.body-key:}") String base64Key, Environment environment) {
        this(base64Key, SecretKeys.production(environment));
    }

    SecretBox(String base64Key, boolean production) {
        this.sealing = SecretKeys.sealing(base64Key, VARIABLE, DEMO_KEY, production);
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
