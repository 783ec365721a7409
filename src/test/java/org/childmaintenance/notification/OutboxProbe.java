package org.childmaintenance.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tests read a mail the way its recipient would: the outbox keeps bodies sealed, so fixtures that
 * follow a mailed link or code open the newest body here instead of reading the column.
 */
@Component
public class OutboxProbe {
    private static volatile SecretBox box;

    OutboxProbe(SecretBox secretBox) {
        box = secretBox;
    }

    /** A body sealed as the outbox keeps it (for tests that write outbox rows themselves). */
    public static String seal(String body) {
        return box.seal(body);
    }

    /** The opened body of the newest mail to {@code email} (null if it has been sent and removed). */
    public static String lastBodyTo(JdbcTemplate jdbc, String email) {
        String sealed = jdbc.queryForObject("select body from outbound_mail where recipient = ? order by id desc limit 1",
                String.class, email);
        return sealed == null ? null : box.open(sealed).orElseThrow(() -> new IllegalStateException("Unreadable body"));
    }
}
