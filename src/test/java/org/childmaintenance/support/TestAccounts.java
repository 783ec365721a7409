package org.childmaintenance.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Looks up and makes accounts for tests, with unique addresses so tests never collide. */
@Component
public class TestAccounts {
    private final JdbcTemplate jdbc;

    TestAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long idOf(String email) {
        return jdbc.queryForObject("select id from account where email = ?", Long.class, email.toLowerCase());
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }
}
