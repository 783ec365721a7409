package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes start the nightly run at the same moment (README "Two nodes"): node A is this application context,
 * calling the scheduled method through its ShedLock proxy; node B has its own connection pool and its own
 * {@code JdbcTemplateLockProvider}, as another JVM would, and runs the same job under the same lock name. The
 * night's work is done once: one run's audit entry, and the other run skipped.
 */
@PortalTest
class NightlyRunOnceAcrossNodesIT {
    private static final String LOCK = "ledger-nightly-run";
    @Autowired NightlyRun nightly;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired DataSourceProperties dataSource;

    @BeforeEach
    @AfterEach
    void freeTheLock() {
        // Released, not deleted: ShedLock remembers which lock rows it inserted and only updates them afterwards.
        jdbc.update("UPDATE shedlock SET lock_until = TIMESTAMP('2000-01-01 00:00:00') WHERE name = ?", LOCK);
        clock.reset();
    }

    @Test
    void two_nodes_starting_the_nightly_run_together_run_it_once() throws Exception {
        LocalDate day = LocalDate.of(2041, 6, 3);
        clock.set(day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
        AtomicInteger ranOnB = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        try (HikariDataSource nodeB = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
             ExecutorService two = Executors.newFixedThreadPool(2)) {
            LockingTaskExecutor lockOnB = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                    JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(nodeB))
                            .usingDbTime().build()));
            Future<?> a = two.submit(() -> {
                go.await();
                nightly.scheduled(); // node A: the @SchedulerLock proxy with the application's LockProvider
                return null;
            });
            Future<?> b = two.submit(() -> {
                go.await();
                lockOnB.executeWithLock((Runnable) () -> {
                    ranOnB.incrementAndGet();
                    nightly.run(day);
                }, new LockConfiguration(java.time.Instant.now(), LOCK, Duration.ofHours(3), Duration.ofMinutes(1)));
                return null;
            });
            go.countDown();
            a.get();
            b.get();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'LEDGER_NIGHTLY_RUN' AND subject_id = ?",
                Integer.class, day.toString())).as("the night's work done once across both nodes").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ? AND lock_until > CURRENT_TIMESTAMP(3)",
                Integer.class, LOCK)).as("held for at least a minute, so a node whose clock is late skips it too").isEqualTo(1);

        // a third start within the minute (e.g. a node starting late) is skipped as well, on either node
        nightly.scheduled();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'LEDGER_NIGHTLY_RUN' AND subject_id = ?",
                Integer.class, day.toString())).isEqualTo(1);
        assertThat(ranOnB.get()).isBetween(0, 1);
    }
}
