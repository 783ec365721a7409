package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.ledger.LedgerFixture.TestCase;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Many postings to one case at once: none lost, none doubled, every transaction balanced. */
@PortalTest
class LedgerConcurrencyIT {
    static final int THREADS = 8;
    static final int PER_THREAD = 50;
    @Autowired LedgerService ledger;
    @Autowired LedgerQueries queries;
    @Autowired LedgerFixture fixture;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eight_threads_posting_fifty_payments_each_to_one_case_never_lose_or_double_a_penny() throws Exception {
        LocalDate due = LocalDate.of(2032, 1, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "100.00");
        fixture.nightOf(due);
        PortalUser caseworker = fixture.caseworker();
        String run = Long.toString(System.nanoTime(), 36);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                LedgerFixture.signIn(caseworker);
                start.await();
                for (int i = 0; i < PER_THREAD; i++) {
                    // each payment is posted by its own thread and, at the same time, again by the next thread
                    for (int owner : new int[] {thread, (thread + THREADS - 1) % THREADS}) {
                        var outcome = ledger.postPayment(c.reference(), due, new BigDecimal("7.31"),
                                "CONC-" + run + "-" + owner + "-" + i);
                        (outcome == LedgerService.PostOutcome.ACCEPTED ? accepted : duplicates).incrementAndGet();
                    }
                }
                SecurityContextHolder.clearContext();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        int payments = THREADS * PER_THREAD;
        assertThat(accepted.get()).isEqualTo(payments);
        assertThat(duplicates.get()).isEqualTo(payments);
        BigDecimal paidIn = new BigDecimal("7.31").multiply(BigDecimal.valueOf(payments));
        LedgerFixture.signIn(caseworker);
        Balances b = queries.balances(c.caseId());
        assertThat(b.of(LedgerAccount.CMS_BANK)).isEqualByComparingTo(paidIn);
        assertThat(b.of(LedgerAccount.PP_FEES)).as("the £20 fee paid exactly once").isEqualByComparingTo("0");
        // £100 due + £20 fee = £120 owed; the rest of what came in is maintenance paid in advance
        assertThat(b.of(LedgerAccount.PP_MAINTENANCE)).isEqualByComparingTo(
                new BigDecimal("120.00").subtract(paidIn));
        assertThat(b.total()).isEqualByComparingTo("0");
        assertThat(jdbc.queryForList("SELECT transaction_id FROM ledger_entry WHERE case_id = ? GROUP BY transaction_id "
                + "HAVING SUM(amount) <> 0", Long.class, c.caseId())).as("unbalanced transactions").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_transaction WHERE case_id = ? AND type = 'PAYMENT_RECEIVED'",
                Integer.class, c.caseId())).isEqualTo(payments);
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM ledger_pending_pass_on WHERE case_id = ?", BigDecimal.class,
                c.caseId())).as("everything but the fee is held for the receiving parent")
                .isEqualByComparingTo(paidIn.subtract(new BigDecimal("20.00")));
    }
}
