package org.childmaintenance.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;

/**
 * The JPA transaction manager, with a few more tries when a transaction cannot even begin because its pooled
 * connection has died.
 *
 * <p>With the {@code replication} profile each pooled connection holds a connection to the primary and one to
 * the replica. When the replica stops, every pooled connection's replica half is dead, and the next read-only
 * transaction on it fails at {@code begin} ("Broken pipe"), before any of its work has run (BENCHMARKS.md,
 * "Primary and replica"). Beginning again is therefore safe: Hikari has already taken the broken connection out
 * of the pool, and the next {@code begin} gets another one (if that one lost its replica half too, up to
 * {@link #MORE_TRIES} more), on which Connector/J sends reads to the primary
 * while the replica is down. The pool is deliberately not emptied: each new replication connection opened while
 * the replica is down waits for the driver's connection attempts to the replica (up to {@code retriesAllDown}),
 * and emptying the pool left readers waiting 30 s for a connection (measured). A failure after {@code begin}
 * (a query in flight when the replica stopped) is not retried: the work may have had effects, and that one
 * request shows the problem page.
 *
 * <p>What was seen (BENCHMARKS.md): Connector/J's {@code setReadOnly(true)} fails on the dead replica socket,
 * Spring only logs that, Hikari marks the connection broken, and {@code begin} then fails with Hikari's
 * "Connection is closed".
 *
 * <p>Only connection failures are retried (SQLSTATE class 08 or the JDBC connection exception types), never
 * the pool's own time-out (waiting again would only double the wait) nor any other error.
 */
public class RetryingTransactionManager extends JpaTransactionManager {
    private static final Logger log = LoggerFactory.getLogger(RetryingTransactionManager.class);

    /** Another pooled connection may have lost its replica too: each failed try is instant, so try a few. */
    static final int MORE_TRIES = 3;

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        for (int tried = 0; ; tried++) {
            try {
                super.doBegin(transaction, definition);
                return;
            } catch (CannotCreateTransactionException e) {
                if (tried == MORE_TRIES || !isConnectionFailure(e)) {
                    throw e;
                }
                log.warn("A {} transaction could not begin on its pooled connection ({}); beginning again",
                        definition.isReadOnly() ? "read-only" : "read-write", rootMessage(e));
            }
        }
    }

    /** True when a cause in the chain says the connection itself failed, not the pool or the statement. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isPoolTimeout(t)) {
                return false; // Hibernate wraps it in a JDBCConnectionException: look at the whole chain first
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || "Connection is closed".equals(sql.getMessage()))) {
                // the second: Hikari's stand-in for a connection it has just marked broken (no SQLSTATE), seen
                // when Connector/J's setReadOnly failed on the dead replica and Spring carried on to begin
                return true;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPoolTimeout(Throwable t) {
        if (!(t instanceof SQLTransientConnectionException)) {
            return false;
        }
        String message = t.getMessage();
        return message != null && message.contains("Connection is not available, request timed out");
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
