package org.childmaintenance.ledger;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times one nightly run over N synthetic cases in a database of its own ({@code cmportal_bench},
 * dropped and created through root), and compares it with a plain batched INSERT of as many rows.
 * Not part of the test suite (Surefire excludes *Benchmark*, and it only runs when
 * {@code bench.cases} is set, so {@code -Dtest='org.childmaintenance.ledger.**'} skips it); see BENCHMARKS-ledger.md for the command.
 *
 * <p>Per case: a line due on the run day and one a month later; Direct Pay for even case numbers,
 * Collect and Pay for odd ones. 2 % of Collect and Pay cases also had a line due the day before, posted
 * by an untimed "previous night": half of those were paid (their money is passed on in the timed run),
 * half were not (missed-payment notices and e-mails in the timed run). Both parents are on every case as the
 * notices feature knows it, so each missed instalment writes two portal notices and queues two e-mails; the run
 * is timed until every e-mail is queued, and their delivery (to GreenMail) is awaited but not timed.
 */
@EnabledIfSystemProperty(named = "bench.cases", matches = "\\d+",
        disabledReason = "a benchmark: run it on its own with -Dbench.cases=N (BENCHMARKS-ledger.md)")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/cmportal_bench",
        "spring.datasource.username=cmportal", "spring.datasource.password=cmportal",
        "spring.flyway.clean-disabled=true"})
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class LedgerNightlyBenchmark {
    /** Receives the e-mails the worker delivers after the run (a real SMTP server on a free port). */
    static GreenMail smtp;

    static final int N = Integer.getInteger("bench.cases", 100_000);
    static final LocalDate DAY = LocalDate.of(2030, 1, 15);
    static final long FIRST_CASE = 1_000_000L;

    @Autowired JdbcTemplate jdbc;
    @Autowired NightlyRun nightly;
    @Autowired LedgerStore store;
    @Autowired PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        registry.add("spring.mail.port", () -> port);
    }

    @AfterAll
    static void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @BeforeAll
    static void freshDatabase() throws Exception {
        try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement s = root.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS cmportal_bench");
            s.execute("CREATE DATABASE cmportal_bench CHARACTER SET utf8mb4");
            s.execute("GRANT ALL ON cmportal_bench.* TO 'cmportal'@'127.0.0.1'");
            s.execute("GRANT ALL ON cmportal_bench.* TO 'cmportal'@'localhost'");
        }
    }

    @Test
    void nightly_run() {
        long pp = jdbc.queryForObject("SELECT id FROM account WHERE email = 'other.parent@example.com'", Long.class);
        long rp = jdbc.queryForObject("SELECT id FROM account WHERE email = 'parent@example.com'", Long.class);
        long t0 = System.nanoTime();
        generate(pp, rp);
        double genSeconds = seconds(t0);
        System.out.printf("%nGenerated %,d cases in %.1f s%n", N, genSeconds);

        // The plain INSERT first, so that nothing runs beside it (the e-mails are delivered after the run): as many
        // rows as the run writes (N transactions, 3N entries for the due lines, 4 per 100 cases for passing on).
        long plainRows = N * 404L / 100;
        double plainSeconds = plainInsert(plainRows, 1000);
        double unbatchedSeconds = plainInsert(20_000, 1);
        jdbc.execute("DROP TABLE bench_plain"); // its pages leave the buffer pool before the run

        Map<String, Long> before = status();
        NightlyRun.Result r = nightly.run(DAY);
        long ran = System.nanoTime();
        // The notices feature writes the notices and queues the e-mails from the run's events (after commit, on
        // worker threads): the run counts as done when every e-mail is queued in the outbox.
        awaitNoPublications("CollectionsMissed", 1800);
        double queueSeconds = seconds(ran);
        Map<String, Long> after = status();
        double returnedSeconds = r.elapsed().toNanos() / 1e9;
        double runSeconds = returnedSeconds + queueSeconds;
        long notices = jdbc.queryForObject("SELECT COUNT(*) FROM portal_notification WHERE kind = 'PAYMENT_MISSED'", Long.class);
        long queued = jdbc.queryForObject("SELECT COUNT(*) FROM outbound_mail WHERE batch_id IS NOT NULL", Long.class);
        // Delivery is not part of the run (as in production: MailDelivery's workers send after commit); watched for
        // a while here to show it goes (bench.delivery-wait seconds, default 120).
        long queuedAt = System.nanoTime();
        boolean allDelivered = awaitNoPublications("MailBatchQueued", Integer.getInteger("bench.delivery-wait", 120));
        double deliverSeconds = seconds(queuedAt);
        Map<String, Long> mailStatus = new java.util.TreeMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM outbound_mail WHERE batch_id IS NOT NULL GROUP BY status",
                rs -> {
                    mailStatus.put(rs.getString(1), rs.getLong(2));
                });
        long rows = r.transactions() + r.entries();
        double plainSame = plainSeconds * rows / plainRows; // the plain INSERT's time for exactly the run's rows

        NightlyRun.Result again = nightly.run(DAY);

        System.out.println();
        System.out.println("==== Ledger nightly run benchmark ====");
        System.out.printf("cases                     %,d%n", N);
        System.out.printf("due posted                %,d (%,d with collection fees)%n", r.duePosted(), r.feesCharged());
        System.out.printf("passed on                 %,d%n", r.passedOn());
        System.out.printf("ledger notices            %,d (%,d instalments announced in batches)%n", r.notices(), r.mailed());
        System.out.printf("portal notices / e-mails queued  %,d / %,d%n", notices, queued);
        System.out.printf("transactions / entries    %,d / %,d%n", r.transactions(), r.entries());
        System.out.printf("run() returned after      %.1f s%n", returnedSeconds);
        System.out.printf("notices written and e-mails queued (async, batched) %.1f s after that%n", queueSeconds);
        System.out.printf("nightly run               %.1f s = %,.0f cases/s, %,.0f entries/s, %,.0f rows/s "
                + "(until every e-mail is queued)%n", runSeconds, N / runSeconds, r.entries() / runSeconds, rows / runSeconds);
        System.out.printf("e-mail delivery (NOT in the run's time: MailDelivery's workers after commit, as in production) "
                + "%s after %.1f s; outbox %s; SMTP server received %,d%n", allDelivered ? "all done" : "still going",
                deliverSeconds, mailStatus, smtp.getReceivedMessages().length);
        System.out.printf("plain batched INSERT      %,d rows in %.1f s = %,.0f rows/s (before the run)%n",
                plainRows, plainSeconds, plainRows / plainSeconds);
        System.out.printf("nightly run vs plain INSERT of its %,d rows: %.1fx (run() alone %.1fx; posting alone %.1fx)%n",
                rows, runSeconds / plainSame, returnedSeconds / plainSame, r.postingSeconds() / plainSame);
        System.out.printf("plain INSERT, no batching 20,000 rows in %.1f s = %,.0f rows/s%n", unbatchedSeconds,
                20_000 / unbatchedSeconds);
        System.out.printf("server counters during the run (global, other sessions add noise): %s%n", delta(before, after));
        System.out.printf("  rows written per INSERT statement executed: %.0f%n", (after.get("Handler_write") - before.get("Handler_write"))
                / (double) Math.max(1, (after.get("Com_insert") - before.get("Com_insert"))
                + (after.get("Com_stmt_execute") - before.get("Com_stmt_execute"))));
        System.out.printf("second run of the same day: %d due, %d passed on, %d notices in %.1f s%n", again.duePosted(),
                again.passedOn(), again.notices(), again.elapsed().toNanos() / 1e9);
        System.out.printf("generation %.1f s (not timed above)%n", genSeconds);
        System.out.println("======================================");
    }

    /** Waits until the event publication registry holds no publication of this event (completed ones are deleted). */
    private boolean awaitNoPublications(String eventType, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE EVENT_TYPE LIKE ?", Long.class,
                "%" + eventType) > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    private void generate(long pp, long rp) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        int chunk = 5_000;
        for (int from = 0; from < N; from += chunk) {
            int to = Math.min(N, from + chunk);
            int start = from;
            tx.executeWithoutResult(s -> {
                List<Object[]> cases = new ArrayList<>();
                List<Object[]> lines = new ArrayList<>();
                List<Object[]> parties = new ArrayList<>();
                for (int i = start; i < to; i++) {
                    long id = FIRST_CASE + i;
                    parties.add(new Object[] {id, pp, "PAYING"});
                    parties.add(new Object[] {id, rp, "RECEIVING"});
                    boolean collect = i % 2 == 1;
                    cases.add(new Object[] {id, "B" + id, collect ? "COLLECT_AND_PAY" : "DIRECT_PAY", pp, rp});
                    BigDecimal amount = BigDecimal.valueOf(5_000 + (i % 20_000), 2);
                    lines.add(new Object[] {store.nextId(), id, DAY, amount});
                    lines.add(new Object[] {store.nextId(), id, DAY.plusMonths(1), amount});
                    if (collect && i % 100 < 4) { // 2 % of Collect and Pay cases
                        lines.add(new Object[] {store.nextId(), id, DAY.minusDays(1), amount});
                    }
                }
                jdbc.batchUpdate("INSERT INTO ledger_case (case_id, case_reference, service_type, paying_account_id, "
                        + "receiving_account_id, created_at, version) VALUES (?, ?, ?, ?, ?, NOW(6), 0)", cases);
                jdbc.batchUpdate("INSERT INTO ledger_obligation (id, case_id, kind, due_date, amount, status, live, created_at) "
                        + "VALUES (?, ?, 'MAINTENANCE', ?, ?, 'SCHEDULED', 1, NOW(6))", lines);
                // who is on each case, as the notices feature learns it from the schedule events
                jdbc.batchUpdate("INSERT INTO notification_case_party (case_id, account_id, role) VALUES (?, ?, ?)", parties);
            });
        }
        nightly.run(DAY.minusDays(1)); // the previous night, untimed
        List<Object[]> owed = jdbc.query("SELECT o.case_id, o.amount FROM ledger_obligation o WHERE o.due_date = ? "
                + "AND o.status = 'POSTED'", (rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)}, DAY.minusDays(1));
        tx.executeWithoutResult(s -> {
            List<LedgerStore.NewTx> payments = new ArrayList<>();
            for (int i = 0; i < owed.size(); i += 2) {
                long caseId = (Long) owed.get(i)[0];
                BigDecimal amount = (BigDecimal) owed.get(i)[1];
                Balances b = Balances.empty().plus(PostingRules.maintenanceDue(0, DAY.minusDays(1), amount,
                        ServiceType.COLLECT_AND_PAY));
                BigDecimal withFee = amount.add(FeeRates.on(DAY).payingParentFee(amount));
                payments.add(new LedgerStore.NewTx(caseId, PostingRules.paymentReceived("BENCH-" + caseId, DAY.minusDays(1),
                        withFee, b), null));
            }
            List<Long> ids = store.insert(payments, java.time.Instant.now());
            List<Object[]> pending = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                pending.add(new Object[] {ids.get(i), payments.get(i).caseId(),
                        payments.get(i).posting().amountOn(LedgerAccount.HELD_FOR_RP).negate(), DAY});
            }
            jdbc.batchUpdate("INSERT INTO ledger_pending_pass_on (payment_transaction_id, case_id, amount, clears_on) "
                    + "VALUES (?, ?, ?, ?)", pending);
        });
    }

    /** The same number of rows into a table shaped like ledger_entry, batched as the run batches. */
    private double plainInsert(long rows, int batch) {
        jdbc.execute("DROP TABLE IF EXISTS bench_plain");
        jdbc.execute("CREATE TABLE bench_plain (id BIGINT NOT NULL PRIMARY KEY, transaction_id BIGINT NOT NULL, "
                + "case_id BIGINT NOT NULL, account VARCHAR(20) NOT NULL, amount DECIMAL(19,2) NOT NULL) ENGINE=InnoDB");
        jdbc.execute("CREATE INDEX ix_bench_plain_case ON bench_plain (case_id, account, amount)");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long t0 = System.nanoTime();
        int chunk = 8_000;
        for (long from = 0; from < rows; from += chunk) {
            long start = from;
            long end = Math.min(rows, from + chunk);
            tx.executeWithoutResult(s -> {
                List<Object[]> args = new ArrayList<>();
                for (long i = start; i < end; i++) {
                    args.add(new Object[] {i + 1, i / 3, FIRST_CASE + i / 4, "PP_MAINTENANCE", BigDecimal.valueOf(i % 9999, 2)});
                }
                if (batch > 1) {
                    jdbc.batchUpdate("INSERT INTO bench_plain (id, transaction_id, case_id, account, amount) VALUES (?, ?, ?, ?, ?)",
                            args, batch, (ps, a) -> {
                                ps.setLong(1, (Long) a[0]);
                                ps.setLong(2, (Long) a[1]);
                                ps.setLong(3, (Long) a[2]);
                                ps.setString(4, (String) a[3]);
                                ps.setBigDecimal(5, (BigDecimal) a[4]);
                            });
                } else {
                    for (Object[] a : args) {
                        jdbc.update("INSERT INTO bench_plain (id, transaction_id, case_id, account, amount) VALUES (?, ?, ?, ?, ?)", a);
                    }
                }
            });
        }
        return seconds(t0);
    }

    private Map<String, Long> status() {
        Map<String, Long> m = new HashMap<>();
        jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_insert', 'Com_update', 'Com_stmt_execute', "
                + "'Handler_write', 'Com_commit')", rs -> {
                    m.put(rs.getString(1), rs.getLong(2));
                });
        return m;
    }

    private static String delta(Map<String, Long> a, Map<String, Long> b) {
        StringBuilder s = new StringBuilder();
        new java.util.TreeMap<>(b).forEach((k, v) -> s.append(k).append('=').append(String.format("%,d", v - a.get(k))).append(' '));
        return s.toString().trim();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
