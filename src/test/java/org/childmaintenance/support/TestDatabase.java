package org.childmaintenance.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates the MariaDB test database before any test (and so before Spring) starts: once per test JVM it
 * drops and re-creates it with an administrator login, so every run meets a clean schema, and makes
 * sure the tests' own login exists and may use it. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}. Where it cannot, the
 * run stops at once with one line saying what to do.
 *
 * <p>Settings (environment variables or system properties, defaults in brackets): {@code TEST_DB_HOST}
 * (127.0.0.1), {@code TEST_DB_PORT} (3306), {@code TEST_DB_NAME} (cmportal_test), {@code TEST_DB_USER}
 * (cmportal), {@code TEST_DB_PASSWORD} (cmportal), {@code TEST_DB_ADMIN_USER} (root),
 * {@code TEST_DB_ADMIN_PASSWORD} (empty). {@code application-test.properties} uses the same names.
 */
public class TestDatabase implements LauncherSessionListener {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern PASSWORD = Pattern.compile("[^'\\\\]*");
    private static boolean prepared;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        prepare();
    }

    /** Drops and re-creates the test database the first time it is called in this JVM. */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        String host = setting("TEST_DB_HOST", "127.0.0.1");
        String port = setting("TEST_DB_PORT", "3306");
        String name = setting("TEST_DB_NAME", "cmportal_test");
        String user = setting("TEST_DB_USER", "cmportal");
        String password = setting("TEST_DB_PASSWORD", "cmportal");
        String admin = setting("TEST_DB_ADMIN_USER", "root");
        String adminPassword = setting("TEST_DB_ADMIN_PASSWORD", "");
        if (!NAME.matcher(name).matches() || !NAME.matcher(user).matches() || !PASSWORD.matcher(password).matches()) {
            throw stop("TEST_DB_NAME and TEST_DB_USER may hold only letters, digits and '_', TEST_DB_PASSWORD no quote or backslash");
        }
        String server = "jdbc:mariadb://" + host + ":" + port + "/?connectTimeout=5000";
        try (Connection c = DriverManager.getConnection(server, admin, adminPassword);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            if (!user.equals(admin)) {
                boolean local = host.equals("127.0.0.1") || host.equals("localhost");
                for (String from : local ? List.of("localhost", "127.0.0.1") : List.of("%")) {
                    String account = "'" + user + "'@'" + from + "'";
                    s.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "'");
                    s.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO " + account);
                }
            }
        } catch (SQLException e) {
            throw stop("Cannot create the test database " + name + " on " + host + ":" + port + " as MariaDB user '"
                    + admin + "' (" + firstLine(e) + "). Start MariaDB there (.ci/run does, as root), or set "
                    + "TEST_DB_HOST/TEST_DB_PORT and TEST_DB_ADMIN_USER/TEST_DB_ADMIN_PASSWORD to a login that may "
                    + "create databases and users");
        }
        try (Connection c = DriverManager.getConnection(server.replace("/?", "/" + name + "?"), user, password)) {
            c.isValid(5);
        } catch (SQLException e) {
            throw stop("The test login '" + user + "' cannot use " + name + " (" + firstLine(e) + "). It existed "
                    + "before with another password: set TEST_DB_USER/TEST_DB_PASSWORD to its login, or drop that user");
        }
        prepared = true;
    }

    private static String setting(String key, String fallback) {
        String value = System.getenv(key);
        if (value == null) {
            value = System.getProperty(key);
        }
        return value == null || value.isBlank() && !key.endsWith("PASSWORD") ? fallback : value;
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static IllegalStateException stop(String message) {
        IllegalStateException e = new IllegalStateException(message);
        e.setStackTrace(new StackTraceElement[0]);
        return e;
    }
}
