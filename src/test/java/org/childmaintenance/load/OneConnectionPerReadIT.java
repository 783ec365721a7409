package org.childmaintenance.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.SafetyFlags;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.representation.RepsFixture;
import org.childmaintenance.support.ConnectionsPerThread;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pages that read a record and then audit the read (a safety-flagged person's record seen by the other parent)
 * hold one database connection at a time. Under load, a request that keeps its read-only transaction's connection
 * while its audit entry opens a second one ({@code REQUIRES_NEW}) can leave every pooled connection held by a
 * request waiting for another: the 700-user load run stalled that way until the reads wrote their audit entries
 * after the read had ended (BENCHMARKS.md, "Primary and replica"). The connections are counted per thread
 * ({@link ConnectionsPerThread}; the portal's background listeners use their own threads), so the count does not
 * depend on what else is running.
 */
@PortalTest
class OneConnectionPerReadIT {
    @Autowired RepsFixture fx;
    @Autowired SafetyFlags safety;
    @Autowired CaseService cases;
    @Autowired LedgerQueries ledger;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void audited_reads_of_a_flagged_record_hold_one_connection_at_a_time() {
        RepsFixture.Setup s = fx.decidedCaseAndRep();
        long caseId = s.caseId();
        fx.signIn(s.parentEmail());
        safety.flagMySafety(caseId);
        fx.signIn(s.otherParentEmail());
        long letter = cases.myCase(caseId).documents().getFirst().id();
        long lastEntry = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class);
        LocalDate today = LocalDate.now(clock);

        assertThat(mostHeldAtOnce(() -> cases.myCase(caseId))).as("My case").isEqualTo(1);
        assertThat(mostHeldAtOnce(() -> cases.documentPdf(caseId, letter))).as("a letter").isEqualTo(1);
        assertThat(mostHeldAtOnce(() -> ledger.casePaymentsPage(caseId))).as("the payments page").isEqualTo(1);
        assertThat(mostHeldAtOnce(() -> ledger.statement(caseId, today.minusMonths(1), today))).as("a statement")
                .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE id > ? AND subject_id = ? ORDER BY id",
                String.class, lastEntry, Long.toString(caseId))).as("each read audited, after the read")
                .containsExactly("FLAGGED_RECORD_VIEWED", "CASE_DOCUMENT_VIEWED", "FLAGGED_RECORD_VIEWED",
                        "LEDGER_STATEMENT", "FLAGGED_RECORD_VIEWED");
    }

    @Test
    void the_count_sees_a_second_transaction_opened_inside_a_read() {
        TransactionTemplate read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThat(mostHeldAtOnce(() -> read.execute(t -> {
            jdbc.queryForObject("SELECT 1", Integer.class);
            return inner.execute(t2 -> jdbc.queryForObject("SELECT 1", Integer.class));
        }))).isEqualTo(2);
    }

    private static int mostHeldAtOnce(Supplier<?> work) {
        ConnectionsPerThread.HELD.set(new int[2]);
        work.get();
        int[] held = ConnectionsPerThread.HELD.get();
        assertThat(held[0]).as("every connection given back").isZero();
        return held[1];
    }
}
