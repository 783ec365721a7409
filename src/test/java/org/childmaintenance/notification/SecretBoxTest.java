package org.childmaintenance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.childmaintenance.base.SecretKeys;
import org.junit.jupiter.api.Test;

/** Outbox bodies: production needs PORTAL_MAIL_BODY_KEY (mail waiting at a restart must still open). */
class SecretBoxTest {

    @Test
    void production_refuses_to_start_without_portal_mail_body_key_or_with_the_demo_one() {
        assertThatThrownBy(() -> new SecretBox("", true)).isInstanceOf(SecretKeys.MissingKey.class)
                .hasMessageStartingWith("PORTAL_MAIL_BODY_KEY is not set");
        assertThatThrownBy(() -> new SecretBox(SecretBox.DEMO_KEY, true))
                .hasMessageStartingWith("PORTAL_MAIL_BODY_KEY is the public development key");
    }

    @Test
    void a_body_sealed_before_a_restart_opens_after_it_with_the_same_key() {
        String key = "c2VjcmV0LWtleS1vZi10aGlzLWRlcGxveW1lbnQtMzI=";
        String sealed = new SecretBox(key, true).seal("Reset link");
        assertThat(new SecretBox(key, true).open(sealed)).contains("Reset link");
        assertThat(new SecretBox("", false).open(new SecretBox(SecretBox.DEMO_KEY, false).seal("x"))).contains("x");
    }
}
