package org.childmaintenance.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.SafetyFlags;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.representation.RepsFixture;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads that write an audit entry (a statement, a letter, My case of a flagged person's case) need one pooled
 * connection at a time: the read's transaction ends before the audit entry's begins. When the audit transaction
 * was opened inside the read one, each such request held a connection while waiting for a second, and ten at once
 * (the pool's size) froze the portal under load (BENCHMARKS.md, "Primary and replica"). Here the pool is cut to one
 * connection: a request that needs two at once waits for the pool's time-out (30 s) and fails, as it did before.
 */
@PortalTest
class AuditedReadsOneConnectionIT {
    @Autowired RepsFixture fx;
    @Autowired SafetyFlags safety;
    @Autowired LedgerQueries ledger;
    @Autowired CaseService cases;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void tidy() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void a_statement_a_letter_and_a_flagged_case_page_are_read_and_audited_with_one_connection() throws Exception {
        RepsFixture.Setup s = fx.decidedCaseAndRep();
        long caseId = s.caseId();
        fx.signIn(s.parentEmail());
        safety.flagMySafety(caseId); // the paying parent's view of this case is now audited
        long letter = cases.myCase(caseId).documents().getFirst().id();
        int auditedBefore = audited(caseId);

        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        HikariConfigMXBean config = pool.getHikariConfigMXBean();
        int size = config.getMaximumPoolSize();
        try {
            config.setMaximumPoolSize(1);
            pool.getHikariPoolMXBean().softEvictConnections(); // down to one connection

            LocalDate today = LocalDate.now(clock);
            assertThat(ledger.statement(caseId, today.minusMonths(1), today)).isNotNull();
            assertThat(cases.documentPdf(caseId, letter)).startsWith("%PDF".getBytes());
            fx.signIn(s.otherParentEmail());
            assertThat(cases.myCase(caseId).reference()).isNotBlank();
        } finally {
            config.setMaximumPoolSize(size);
        }
        assertThat(audited(caseId) - auditedBefore).as("the statement, the letter and the flagged record's view, audited")
                .isEqualTo(3);
    }

    private int audited(long caseId) {
        return jdbc.queryForObject("select count(*) from audit_entry where subject_id = ? and action in "
                + "('LEDGER_STATEMENT', 'CASE_DOCUMENT_VIEWED', 'FLAGGED_RECORD_VIEWED')", Integer.class, Long.toString(caseId));
    }
}
