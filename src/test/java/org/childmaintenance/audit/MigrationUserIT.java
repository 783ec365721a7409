package org.childmaintenance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Security checklist 10.1, on MariaDB with two real users: a schema of its own is migrated by Flyway as
 * the migration user, then the application user gets exactly the grants in the README ("A separate user
 * for migrations", read from README.md here, so the test follows the documentation). The application user
 * can do its normal work but cannot change or remove audit entries, drop the append-only triggers or alter
 * tables. Self-contained: its schema and both users are named after the test database, dropped before
 * and after. No Spring context (fast).
 */
class MigrationUserIT {
    private static final String PASSWORD = "Mig-user-test-9";
    private final String host = setting("TEST_DB_HOST", "127.0.0.1");
    private final String port = setting("TEST_DB_PORT", "3306");
    private final String base = setting("TEST_DB_NAME", "cmportal_test");
    private final String schema = base + "_grants";
    private final String owner = base + "_own";
    private final String app = base + "_app";

    @BeforeEach
    @AfterEach
    void dropSchemaAndUsers() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            s.execute("DROP USER IF EXISTS '" + owner + "'@'%', '" + app + "'@'%'");
        }
    }

    @Test
    void the_application_user_with_the_documented_grants_works_but_cannot_touch_the_audit_trail_or_the_schema()
            throws Exception {
        List<String> documented = readmeGrants();
        assertThat(documented).as("README's statements").hasSizeGreaterThanOrEqualTo(8);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            // The users and the owner's grant first (Flyway needs them), the application's grants after the migration.
            for (String sql : documented.subList(0, 3)) {
                s.execute(sql);
            }
        }

        Flyway.configure().dataSource(url(), owner, PASSWORD)
                .locations("classpath:db/migration/common", "classpath:db/migration/mariadb").load().migrate();
        try (Connection c = connect(owner); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT installed_by FROM flyway_schema_history")) {
            List<String> installers = new ArrayList<>();
            while (rs.next()) {
                installers.add(rs.getString(1));
            }
            assertThat(installers).as("every migration ran as the migration user").isNotEmpty()
                    .allSatisfy(user -> assertThat(user).startsWith(owner)); // "user" or "user@host"
        }
        try (Connection c = connect(owner); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
            rs.next();
            assertThat(rs.getInt(1)).as("migrations applied").isGreaterThan(30);
        }

        try (Connection c = admin(); Statement s = c.createStatement()) {
            for (String sql : documented.subList(3, documented.size())) {
                if (sql.startsWith("SELECT")) {
                    List<String> generated = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery(sql)) {
                        while (rs.next()) {
                            generated.add(rs.getString(1));
                        }
                    }
                    assertThat(generated).as("per-table grants printed by the README's query").hasSizeGreaterThan(30);
                    for (String grant : generated) {
                        s.execute(grant.endsWith(";") ? grant.substring(0, grant.length() - 1) : grant);
                    }
                } else {
                    s.execute(sql);
                }
            }
        }

        try (Connection c = connect(app); Statement s = c.createStatement()) {
            // Normal work: add and read audit entries, move the chain head, use an ordinary table.
            s.executeUpdate("INSERT INTO audit_entry (occurred_at, actor_label, action) VALUES (NOW(6), 'test', 'GRANTS_TEST')");
            try (ResultSet rs = s.executeQuery("SELECT id FROM audit_entry WHERE action = 'GRANTS_TEST'")) {
                assertThat(rs.next()).isTrue();
            }
            assertThat(s.executeUpdate("UPDATE audit_chain_head SET last_id = last_id WHERE id = 1")).isEqualTo(1);
            s.executeUpdate("INSERT INTO shedlock (name, lock_until, locked_by) VALUES ('grants-test', NOW(3), 'test')");
            s.executeUpdate("UPDATE shedlock SET locked_by = 'again' WHERE name = 'grants-test'");
            assertThat(s.executeUpdate("DELETE FROM shedlock WHERE name = 'grants-test'")).isEqualTo(1);

            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET detail = 'changed'"))
                    .as("update an audit entry").hasMessageContaining("denied");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry"))
                    .as("delete audit entries").hasMessageContaining("denied");
            assertThatThrownBy(() -> s.executeUpdate("DROP TRIGGER audit_entry_no_update"))
                    .as("drop the append-only trigger").hasMessageContaining("denied");
            assertThatThrownBy(() -> s.executeUpdate("DROP TRIGGER audit_entry_no_delete"))
                    .as("drop the append-only trigger").hasMessageContaining("denied");
            assertThatThrownBy(() -> s.executeUpdate("ALTER TABLE account ADD COLUMN sneaky INT NULL"))
                    .as("alter a table").hasMessageContaining("denied");
            assertThatThrownBy(() -> s.executeUpdate("DROP TABLE audit_chain_head"))
                    .as("drop a table").hasMessageContaining("denied");
            assertThatThrownBy(() -> s.executeUpdate("CREATE TABLE sneaky (id INT)"))
                    .as("create a table").hasMessageContaining("denied");
            assertThatThrownBy(() -> s.executeUpdate("UPDATE ledger_entry SET amount = 0"))
                    .as("change a ledger entry").hasMessageContaining("denied");
        }
        try (Connection c = connect(owner); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET detail = 'changed'"))
                    .as("the triggers are in place: even the owner cannot change an entry")
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void the_production_profile_runs_flyway_as_the_migration_user_and_the_application_as_its_own_user()
            throws Exception {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new ResourcePropertySource(new ClassPathResource("application-mariadb.properties")));
        env.getPropertySources().addFirst(new MapPropertySource("deployment",
                Map.of("DB_USER", app, "DB_PASSWORD", "a", "DB_MIGRATION_USER", owner, "DB_MIGRATION_PASSWORD", "o")));
        assertThat(env.getProperty("spring.flyway.user")).isEqualTo(owner);
        assertThat(env.getProperty("spring.flyway.password")).isEqualTo("o");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo(app);
    }

    /** The SQL block of README "A separate user for migrations", statement by statement, names made this test's own. */
    private List<String> readmeGrants() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("A separate user for migrations");
        assertThat(section).as("README section").isPositive();
        int start = readme.indexOf("```sql", section) + "```sql".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        StringBuilder sql = new StringBuilder();
        for (String line : block.split("\n")) {
            int comment = line.indexOf("--");
            sql.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
        }
        String mine = sql.toString()
                .replace("cmportal_owner", owner)
                .replace("`cmportal`", "`" + schema + "`")
                .replace("table_schema = 'cmportal'", "table_schema = '" + schema + "'")
                .replace("''cmportal''@", "''" + app + "''@")
                .replace("'cmportal'@", "'" + app + "'@")
                .replace("IDENTIFIED BY '…'", "IDENTIFIED BY '" + PASSWORD + "'");
        List<String> out = new ArrayList<>();
        for (String statement : mine.split(";\\s*\n")) {
            String s = statement.strip().replaceAll("\\s+", " ");
            if (!s.isEmpty()) {
                out.add(s.endsWith(";") ? s.substring(0, s.length() - 1) : s);
            }
        }
        assertThat(out.get(0)).startsWith("CREATE USER '" + owner + "'");
        assertThat(out.get(1)).startsWith("GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + owner + "'");
        assertThat(out.get(2)).startsWith("CREATE USER '" + app + "'");
        return out;
    }

    private String url() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + schema;
    }

    private Connection connect(String user) throws SQLException {
        return DriverManager.getConnection(url(), user, PASSWORD);
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/",
                setting("TEST_DB_ADMIN_USER", "root"), setting("TEST_DB_ADMIN_PASSWORD", ""));
    }

    private static String setting(String key, String fallback) {
        String value = System.getenv(key);
        if (value == null) {
            value = System.getProperty(key);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
