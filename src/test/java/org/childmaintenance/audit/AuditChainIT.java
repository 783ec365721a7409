package org.childmaintenance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail is a hash chain; the check names the first entry that was tampered with. */
@PortalTest
class AuditChainIT {
    @Autowired AuditService audit;
    @Autowired AuditChainCheck check;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    private long recordOne(String detail) {
        audit.recordSecurityEvent("TEST_CHAIN", null, "chain-test", detail);
        return jdbc.queryForObject("select max(id) from audit_entry where detail = ?", Long.class, detail);
    }

    /** On MariaDB the append-only trigger forbids UPDATE: lift it for the tampering, then put it back. */
    private void tamper(String sql, Object... args) {
        jdbc.execute("drop trigger if exists audit_entry_no_update");
        try {
            jdbc.update(sql, args);
        } finally {
            jdbc.execute("create trigger audit_entry_no_update before update on audit_entry for each row "
                    + "signal sqlstate '45000' set message_text = 'audit_entry is append-only'");
        }
    }

    @Test
    void each_entry_is_linked_to_the_one_before_and_the_chain_checks_out() {
        long a = recordOne("chain-a-" + System.nanoTime());
        long b = recordOne("chain-b-" + System.nanoTime());

        String hashA = jdbc.queryForObject("select entry_hash from audit_entry where id = ?", String.class, a);
        assertThat(jdbc.queryForObject("select prev_hash from audit_entry where id = ?", String.class, b)).isEqualTo(hashA);
        AuditChainCheck.Result result = check.verify();
        assertThat(result.intact()).as(String.valueOf(result)).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_changed_entry_is_named_by_the_check() {
        String detail = "chain-victim-" + System.nanoTime();
        long victim = recordOne(detail);
        recordOne("chain-after-" + System.nanoTime());

        tamper("update audit_entry set detail = ? where id = ?", "nothing happened", victim);
        try {
            AuditChainCheck.Result result = check.verify();
            assertThat(result.brokenEntryId()).isEqualTo(victim);
            assertThat(result.problem()).contains("content was changed");
        } finally {
            tamper("update audit_entry set detail = ? where id = ?", detail, victim);
        }
        assertThat(check.verify().intact()).isTrue();
    }

    @Test
    void concurrent_appends_still_form_one_line() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Long>> jobs = java.util.stream.IntStream.range(0, 20)
                    .mapToObj(i -> (Callable<Long>) () -> tx.execute(s -> recordOne("chain-par-" + i + "-" + System.nanoTime())))
                    .toList();
            for (Future<Long> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditChainCheck.Result result = check.verify();
        assertThat(result.intact()).as(String.valueOf(result)).isTrue();
    }
}
