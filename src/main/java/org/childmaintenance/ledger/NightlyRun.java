package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.TimeConfig;
import org.childmaintenance.ledger.LedgerStore.NewTx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly run for one day: posts amounts falling due (with the Collect & Pay collection fee),
 * passes cleared payments on to receiving parents, and raises missed-payment notices the night after
 * (on the payments page, and announced by events the notices feature turns into notices). Arrears are derived from the entries, so they are up to date once these are
 * posted. Work is done in chunks of plain JDBC batches, each chunk in its own transaction (the due lines by
 * several workers at once, see {@link DuePosting}); every
 * posting has a unique key and every chunk takes only work not yet done, so a run that stopped part
 * way can simply be run again, and running a day twice posts nothing twice.
 */
@Component
public class NightlyRun {
    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);
    static final int NOTICE_WINDOW_DAYS = 7;
    private final JdbcTemplate jdbc;
    private final LedgerStore store;
    private final DuePosting posting;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final int chunk;

    NightlyRun(JdbcTemplate jdbc, LedgerStore store, DuePosting posting, PlatformTransactionManager transactions, Clock clock,
               ApplicationEventPublisher events, AuditService audit,
               @Value("${portal.ledger.nightly-chunk:5000}") int chunk) {
        this.jdbc = jdbc;
        this.store = store;
        this.posting = posting;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.events = events;
        this.audit = audit;
        this.chunk = chunk;
    }

    /** What a run did. */
    public record Result(LocalDate day, int duePosted, int feesCharged, int passedOn, int notices, int mailed,
                         long transactions, long entries, Duration elapsed, Duration posting) {
        double postingSeconds() {
            return posting.toNanos() / 1e9;
        }
    }

    @Scheduled(cron = "${portal.ledger.nightly-cron:0 30 1 * * *}", zone = TimeConfig.ZONE_NAME)
    @SchedulerLock(name = "ledger-nightly-run", lockAtMostFor = "PT3H", lockAtLeastFor = "PT1M")
    public void scheduled() {
        run(LocalDate.now(clock));
    }

    /** Runs the night's work for {@code day} as the system (no person). Safe to repeat. */
    public Result run(LocalDate day) {
        long start = System.nanoTime();
        Counts counts = new Counts();
        DuePosting.Posted due = posting.postDue(day);
        counts.due = due.lines();
        counts.fees = due.fees();
        counts.txs = due.lines();
        counts.entries = due.entries();
        long posted = System.nanoTime();
        passOn(day, counts);
        long passed = System.nanoTime();
        int notices = raiseCollectAndPayNotices(day) + raiseDirectPayNotices(day);
        long raised = System.nanoTime();
        int mailed = announceNotices();
        log.info("Ledger nightly run for {} took {} ms posting, {} ms passing on, {} ms raising notices, {} ms mailing",
                day, (posted - start) / 1_000_000, (passed - posted) / 1_000_000, (raised - passed) / 1_000_000,
                (System.nanoTime() - raised) / 1_000_000);
        Result r = new Result(day, counts.due, counts.fees, counts.passedOn, notices, mailed, counts.txs,
                counts.entries, Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(posted - start));
        audit.record("LEDGER_NIGHTLY_RUN", "ledger-day", day.toString(), r.duePosted() + " due posted, " + r.passedOn()
                + " passed on, " + notices + " notices, " + mailed + " e-mails");
        log.info("Ledger nightly run for {}: {} due posted ({} with collection fees), {} passed on, {} notices, "
                + "{} e-mails, {} transactions, {} entries in {} ms", day, r.duePosted(), r.feesCharged(),
                r.passedOn(), notices, mailed, r.transactions(), r.entries(), r.elapsed().toMillis());
        return r;
    }

    private static final class Counts {
        int due;
        int fees;
        int passedOn;
        long txs;
        long entries;
    }

    private record PendingRow(long paymentId, long caseId, BigDecimal amount) {
    }

    private void passOn(LocalDate day, Counts counts) {
        long after = 0;
        while (true) {
            long from = after;
            Long last = tx.execute(status -> {
                List<PendingRow> rows = jdbc.query("SELECT payment_transaction_id, case_id, amount FROM ledger_pending_pass_on "
                        + "WHERE clears_on <= ? AND payment_transaction_id > ? ORDER BY payment_transaction_id LIMIT ?",
                        (rs, n) -> new PendingRow(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)), day, from, chunk);
                if (rows.isEmpty()) {
                    return null;
                }
                List<NewTx> postings = new ArrayList<>(rows.size());
                for (PendingRow r : rows) {
                    Posting p = PostingRules.passedOn(r.paymentId(), day, r.amount());
                    postings.add(new NewTx(r.caseId(), p, null));
                    counts.entries += p.entries().size();
                }
                store.insert(postings, clock.instant());
                Object[] ids = rows.stream().map(PendingRow::paymentId).toArray();
                int removed = jdbc.update("DELETE FROM ledger_pending_pass_on WHERE payment_transaction_id IN ("
                        + LedgerStore.marks(ids.length) + ")", ids);
                if (removed != rows.size()) {
                    throw new org.springframework.dao.OptimisticLockingFailureException("Pass-on queue changed during the run");
                }
                counts.passedOn += rows.size();
                counts.txs += rows.size();
                return rows.getLast().paymentId();
            });
            if (last == null) {
                return;
            }
            after = last;
        }
    }

    private record Candidate(long obligationId, long caseId, LocalDate dueDate, BigDecimal amount, long paying,
                             long receiving) {
    }

    /**
     * Collect & Pay: a line due in the past week and not fully paid by tonight gets one notice to each
     * parent. Payments go to the oldest line first, so a line's unpaid part is what the case owes
     * beyond the lines due after it.
     */
    private int raiseCollectAndPayNotices(LocalDate day) {
        int raised = 0;
        for (LocalDate date = day.minusDays(NOTICE_WINDOW_DAYS); date.isBefore(day); date = date.plusDays(1)) {
            raised += raiseCollectAndPayNotices(day, date);
        }
        return raised;
    }

    /**
     * The lines due on one date of the window, by id within the date: a keyset on the index (kind, status, due_date,
     * id), so the database reads only that date's posted lines (ordering the whole window by id made it walk the
     * primary key through every line of the schedule).
     */
    private int raiseCollectAndPayNotices(LocalDate day, LocalDate dueOn) {
        int raised = 0;
        long after = 0;
        while (true) {
            List<Candidate> candidates = jdbc.query("SELECT o.id, o.case_id, o.due_date, o.amount, c.paying_account_id, "
                    + "c.receiving_account_id FROM ledger_obligation o JOIN ledger_case c ON c.case_id = o.case_id "
                    + "WHERE o.kind = 'MAINTENANCE' AND o.status = 'POSTED' AND o.due_date = ? AND o.id > ? "
                    + "AND o.service_type = 'COLLECT_AND_PAY' AND NOT EXISTS (SELECT 1 FROM ledger_notice n "
                    + "WHERE n.obligation_id = o.id AND n.kind = 'MISSED') ORDER BY o.id LIMIT ?",
                    (rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                            rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6)),
                    dueOn, after, chunk);
            if (candidates.isEmpty()) {
                return raised;
            }
            after = candidates.getLast().obligationId();
            Object[] caseIds = candidates.stream().map(Candidate::caseId).distinct().toArray();
            Map<Long, BigDecimal> owed = new HashMap<>();
            jdbc.query("SELECT case_id, SUM(amount) FROM ledger_entry WHERE case_id IN (" + LedgerStore.marks(caseIds.length)
                    + ") AND account = 'PP_MAINTENANCE' GROUP BY case_id", rs -> {
                        owed.put(rs.getLong(1), rs.getBigDecimal(2));
                    }, caseIds);
            Map<Long, List<Object[]>> later = new HashMap<>();
            List<Object> args = new ArrayList<>(List.of(caseIds));
            args.add(day.minusDays(NOTICE_WINDOW_DAYS));
            jdbc.query("SELECT case_id, due_date, amount FROM ledger_obligation WHERE case_id IN ("
                    + LedgerStore.marks(caseIds.length) + ") AND kind = 'MAINTENANCE' AND status = 'POSTED' AND due_date >= ?",
                    rs -> {
                        later.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Object[] {rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)});
                    }, args.toArray());
            List<Object[]> notices = new ArrayList<>();
            LocalDateTime now = LedgerStore.utc(clock.instant());
            for (Candidate c : candidates) {
                BigDecimal dueAfter = later.getOrDefault(c.caseId(), List.of()).stream()
                        .filter(l -> ((LocalDate) l[0]).isAfter(c.dueDate())).map(l -> (BigDecimal) l[1])
                        .reduce(Money.ZERO, BigDecimal::add);
                BigDecimal unpaid = Money.min(c.amount(),
                        Money.positive(owed.getOrDefault(c.caseId(), Money.ZERO).subtract(dueAfter)));
                if (unpaid.signum() > 0) {
                    for (long recipient : new long[] {c.paying(), c.receiving()}) {
                        notices.add(new Object[] {store.nextId(), c.caseId(), c.obligationId(), recipient, "MISSED",
                                c.dueDate(), unpaid, day, now});
                    }
                }
            }
            raised += insertNotices(notices);
        }
    }

    /** Direct Pay: a report made before tonight gets a notice to the paying parent (the receiving parent made it). */
    private int raiseDirectPayNotices(LocalDate day) {
        LocalDateTime dayStart = day.atStartOfDay(clock.getZone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        List<Object[]> notices = new ArrayList<>();
        LocalDateTime now = LedgerStore.utc(clock.instant());
        jdbc.query("SELECT r.obligation_id, r.case_id, o.due_date, o.amount, c.paying_account_id FROM ledger_missed_report r "
                + "JOIN ledger_obligation o ON o.id = r.obligation_id JOIN ledger_case c ON c.case_id = r.case_id "
                + "WHERE r.reported_at < ? AND r.reported_at >= ? AND NOT EXISTS (SELECT 1 FROM ledger_notice n "
                + "WHERE n.obligation_id = r.obligation_id AND n.kind = 'REPORTED')", rs -> {
                    notices.add(new Object[] {store.nextId(), rs.getLong(2), rs.getLong(1), rs.getLong(5), "REPORTED",
                            rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), day, now});
                }, dayStart, dayStart.minusDays(NOTICE_WINDOW_DAYS));
        return insertNotices(notices);
    }

    private int insertNotices(List<Object[]> notices) {
        if (notices.isEmpty()) {
            return 0;
        }
        tx.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO ledger_notice (id, case_id, obligation_id, "
                + "recipient_account_id, kind, due_date, amount, raised_for, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                notices, LedgerStore.BATCH, (ps, n) -> {
                    for (int i = 0; i < n.length; i++) {
                        ps.setObject(i + 1, n[i]);
                    }
                }));
        return notices.size();
    }

    private record Unannounced(long id, long caseId, long obligationId, String kind, LocalDate dueDate) {
    }

    /**
     * Announces notices not yet announced, a chunk at a time, each chunk in one transaction: its Collect &amp;
     * Pay missed payments are published as one {@link LedgerEvents.CollectionsMissed} (each instalment once;
     * the notices feature writes both parents' notices and queues their e-mails in batches, and the e-mail
     * says only that there is news). A Direct Pay report was announced by
     * {@link LedgerEvents.MissedPaymentReported} when it was made, so it is only marked here.
     *
     * @return how many instalments were announced
     */
    private int announceNotices() {
        int announced = 0;
        while (true) {
            List<Unannounced> rows = jdbc.query("SELECT id, case_id, obligation_id, kind, due_date FROM ledger_notice "
                    + "WHERE mailed_at IS NULL ORDER BY id LIMIT ?",
                    (rs, n) -> new Unannounced(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class)), chunk);
            if (rows.isEmpty()) {
                return announced;
            }
            Integer done = tx.execute(status -> {
                Set<Long> published = new HashSet<>();
                List<LedgerEvents.CollectionMissed> missed = new ArrayList<>();
                for (Unannounced u : rows) {
                    if ("MISSED".equals(u.kind()) && published.add(u.obligationId())
                            && !(u == rows.getFirst() && alreadyAnnounced(u.obligationId()))) {
                        missed.add(new LedgerEvents.CollectionMissed(u.caseId(), u.obligationId(), u.dueDate()));
                    }
                }
                if (!missed.isEmpty()) {
                    events.publishEvent(new LedgerEvents.CollectionsMissed(missed));
                }
                Object[] args = new Object[rows.size() + 1];
                args[0] = LedgerStore.utc(clock.instant());
                for (int i = 0; i < rows.size(); i++) {
                    args[i + 1] = rows.get(i).id();
                }
                jdbc.update("UPDATE ledger_notice SET mailed_at = ? WHERE mailed_at IS NULL AND id IN ("
                        + LedgerStore.marks(rows.size()) + ")", args);
                return missed.size();
            });
            announced += done == null ? 0 : done;
        }
    }

    /** Whether the other notice about this instalment was announced already (a chunk boundary may split the pair). */
    private boolean alreadyAnnounced(long obligationId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM ledger_notice WHERE obligation_id = ? AND kind = 'MISSED' "
                + "AND mailed_at IS NOT NULL", Integer.class, obligationId);
        return n != null && n > 0;
    }
}
