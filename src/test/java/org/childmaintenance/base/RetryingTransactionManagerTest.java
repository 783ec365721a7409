package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the replica stops, pooled connections whose replica half died fail at {@code begin}: the portal's
 * transaction manager then has the pool replace its connections and begins once more, so the reader gets their
 * page (from the primary) instead of the problem page. Real Hibernate on H2; the "dead" connection fails the
 * way Connector/J does (SQLSTATE 08, "Broken pipe").
 */
class RetryingTransactionManagerTest {
    private final AtomicReference<SQLException> nextBeginFails = new AtomicReference<>();
    private final AtomicInteger beginsToFail = new AtomicInteger(1);
    private final AtomicInteger connectionsHandedOut = new AtomicInteger();
    private LocalContainerEntityManagerFactoryBean factoryBean;
    private EntityManager entityManager;
    private TransactionTemplate readOnly;

    @BeforeEach
    void setUp() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:retry-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        DataSource dying = new DelegatingDataSource(h2) {
            @Override
            public Connection getConnection() throws SQLException {
                connectionsHandedOut.incrementAndGet();
                SQLException failure = nextBeginFails.get();
                if (failure != null && beginsToFail.decrementAndGet() <= 0) {
                    nextBeginFails.set(null);
                }
                return failingAtBeginOnce(super.getConnection(), failure);
            }
        };
        factoryBean = new LocalContainerEntityManagerFactoryBean();
        factoryBean.setDataSource(dying);
        factoryBean.setPackagesToScan("org.childmaintenance.base.no_entities_here");
        factoryBean.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        factoryBean.afterPropertiesSet();
        EntityManagerFactory factory = factoryBean.getObject();

        RetryingTransactionManager manager = new RetryingTransactionManager();
        manager.setEntityManagerFactory(factory);
        manager.afterPropertiesSet();
        entityManager = SharedEntityManagerCreator.createSharedEntityManager(factory);
        readOnly = new TransactionTemplate(manager);
        readOnly.setReadOnly(true);
    }

    @AfterEach
    void tearDown() {
        factoryBean.destroy();
    }

    @Test
    void a_read_whose_pooled_connection_died_begins_again_on_a_new_connection_and_the_reader_gets_the_answer() {
        // as seen with the replica stopped: Hikari has closed the broken connection, begin then fails with this
        nextBeginFails.set(new SQLException("Connection is closed"));
        int before = connectionsHandedOut.get();

        Object answer = readOnly.execute(status -> entityManager.createNativeQuery("select 6 * 7").getSingleResult());

        assertThat(((Number) answer).intValue()).isEqualTo(42);
        assertThat(connectionsHandedOut.get() - before).as("the dead connection, then a new one").isEqualTo(2);
    }

    @Test
    void when_the_next_pooled_connections_lost_their_replica_too_it_tries_a_few_then_gives_up() {
        nextBeginFails.set(new SQLException("Connection is closed"));
        beginsToFail.set(3);
        Object answer = readOnly.execute(status -> entityManager.createNativeQuery("select 1").getSingleResult());
        assertThat(((Number) answer).intValue()).as("the fourth connection works").isEqualTo(1);

        nextBeginFails.set(new SQLException("Connection is closed"));
        beginsToFail.set(RetryingTransactionManager.MORE_TRIES + 1);
        int before = connectionsHandedOut.get();
        assertThatThrownBy(() -> readOnly.execute(status -> 1)).isInstanceOf(CannotCreateTransactionException.class);
        assertThat(connectionsHandedOut.get() - before).as("one try and no more than the extra tries")
                .isEqualTo(RetryingTransactionManager.MORE_TRIES + 1);
    }

    @Test
    void an_error_that_is_not_a_dead_connection_is_not_tried_again() {
        nextBeginFails.set(new SQLSyntaxErrorException("You have an error in your SQL syntax", "42000"));
        int before = connectionsHandedOut.get();

        assertThatThrownBy(() -> readOnly.execute(status -> 1))
                .isInstanceOf(CannotCreateTransactionException.class);
        assertThat(connectionsHandedOut.get()).as("no second connection asked for").isEqualTo(before + 1);
    }

    @Test
    void the_pools_own_time_out_is_not_waited_for_twice_but_dead_connections_are_recognised() {
        assertThat(RetryingTransactionManager.isConnectionFailure(new CannotCreateTransactionException("x",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 30000ms.")))).isFalse();
        assertThat(RetryingTransactionManager.isConnectionFailure(new CannotCreateTransactionException("x",
                new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available,"
                                + " request timed out after 30000ms (total=2, active=2, idle=0, waiting=31)")))))
                .as("the pool's time-out as Hibernate wraps it").isFalse();
        assertThat(RetryingTransactionManager.isConnectionFailure(new CannotCreateTransactionException("x",
                new RuntimeException(new SQLException("Communications link failure", "08S01"))))).isTrue();
        assertThat(RetryingTransactionManager.isConnectionFailure(new CannotCreateTransactionException("x",
                new SQLException("Deadlock found", "40001")))).isFalse();
        assertThat(RetryingTransactionManager.isConnectionFailure(new CannotCreateTransactionException("x",
                new RuntimeException("JDBC begin transaction failed", new SQLException("Connection is closed")))))
                .as("Hikari's stand-in for a connection it marked broken").isTrue();
        assertThat(RetryingTransactionManager.isConnectionFailure(new CannotCreateTransactionException("x",
                new SQLNonTransientConnectionException("(conn=42) Broken pipe (type=replica)", "08000")))).isTrue();
    }

    /** The connection fails at setAutoCommit(false), as Connector/J does when its replica socket is gone. */
    private static Connection failingAtBeginOnce(Connection real, SQLException failure) {
        if (failure == null) {
            return real;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setAutoCommit") && Boolean.FALSE.equals(args[0])) {
                        throw failure;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
