package org.childmaintenance.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerStore.NewTx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly run's first part: posts every maintenance line falling due (with the Collect &amp; Pay collection
 * fee). One due date at a time; within a date the lines are cut into ranges of ids of at most {@code chunk}
 * lines by a reader walking the index (kind, status, due_date, id), and the ranges are posted by {@code workers}
 * threads, each range in its own transaction (plain JDBC batches). Within a date a case has one line
 * (the schedule's unique key), so two ranges never touch the same case; a range whose lines changed under it, or
 * that lost a deadlock to someone else's posting, is rolled back and taken again. Every posting has a unique key
 * and a range takes only lines still scheduled, so a run that stopped part way can be run again.
 */
@Component
class DuePosting {
    private static final Logger log = LoggerFactory.getLogger(DuePosting.class);
    private static final int MAX_TRIES = 5;
    private final JdbcTemplate jdbc;
    private final LedgerStore store;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int chunk;
    private final int workers;

    DuePosting(JdbcTemplate jdbc, LedgerStore store, PlatformTransactionManager transactions, Clock clock,
               @Value("${portal.ledger.nightly-chunk:5000}") int chunk,
               @Value("${portal.ledger.nightly-workers:2}") int workers) {
        if (chunk < 1 || workers < 1) {
            throw new IllegalArgumentException("portal.ledger.nightly-chunk and nightly-workers must be at least 1");
        }
        this.jdbc = jdbc;
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.chunk = chunk;
        this.workers = workers;
    }

    /** What posting did: lines posted, of which with a collection fee, and the entries written. */
    record Posted(int lines, int fees, long entries) {
        static final Posted NONE = new Posted(0, 0, 0);

        Posted plus(Posted o) {
            return new Posted(lines + o.lines, fees + o.fees, entries + o.entries);
        }
    }

    private record DueRow(long id, long caseId, LocalDate dueDate, BigDecimal amount, ServiceType type) {
    }

    private record Range(LocalDate date, long after, long upTo) {
    }

    /** Posts every line due on or before {@code day}, oldest date first. */
    Posted postDue(LocalDate day) {
        List<LocalDate> dates = jdbc.queryForList("SELECT DISTINCT due_date FROM ledger_obligation WHERE kind = 'MAINTENANCE' "
                + "AND status = 'SCHEDULED' AND due_date <= ? ORDER BY due_date", LocalDate.class, day);
        if (dates.isEmpty()) {
            return Posted.NONE;
        }
        log.info("Ledger nightly run: posting lines due on {} date(s) up to {} with {} worker(s) in ranges of {} lines",
                dates.size(), day, workers, chunk);
        AtomicInteger n = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers,
                r -> new Thread(r, "nightly-posting-" + n.incrementAndGet()))) {
            Posted total = Posted.NONE;
            for (LocalDate date : dates) {
                total = total.plus(postDueOn(date, pool));
            }
            return total;
        }
    }

    /** Reads the ranges ahead of the workers (at most two per worker in flight) and waits for the date's last. */
    private Posted postDueOn(LocalDate date, ExecutorService pool) {
        Posted total = Posted.NONE;
        Deque<Future<Posted>> inFlight = new ArrayDeque<>();
        long after = 0;
        try {
            while (true) {
                Long last = lastIdOfNextRange(date, after);
                if (last == null) {
                    break;
                }
                Range range = new Range(date, after, last);
                inFlight.add(pool.submit(() -> postWithRetries(range)));
                after = last;
                if (inFlight.size() >= 2 * workers) {
                    total = total.plus(inFlight.removeFirst().get());
                }
            }
            while (!inFlight.isEmpty()) {
                total = total.plus(inFlight.removeFirst().get());
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            inFlight.forEach(f -> f.cancel(true));
            throw new IllegalStateException("Nightly posting interrupted", e);
        } catch (ExecutionException e) {
            inFlight.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("Nightly posting failed", e.getCause());
        }
    }

    /** The id of the {@code chunk}-th line still scheduled on {@code date} after {@code after} (or the last one). */
    private Long lastIdOfNextRange(LocalDate date, long after) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM ledger_obligation WHERE kind = 'MAINTENANCE' "
                + "AND status = 'SCHEDULED' AND due_date = ? AND id > ? ORDER BY id LIMIT ?", Long.class, date, after, chunk);
        return ids.isEmpty() ? null : ids.getLast();
    }

    private Posted postWithRetries(Range range) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> post(range));
            } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
                if (attempt >= MAX_TRIES) {
                    throw e;
                }
                log.info("Ledger nightly run: lines due {} after id {} changed or were locked ({}), taking them again",
                        range.date(), range.after(), e.getClass().getSimpleName());
            }
        }
    }

    private Posted post(Range range) {
        List<DueRow> rows = jdbc.query("SELECT o.id, o.case_id, o.due_date, o.amount, c.service_type "
                + "FROM ledger_obligation o JOIN ledger_case c ON c.case_id = o.case_id "
                + "WHERE o.kind = 'MAINTENANCE' AND o.status = 'SCHEDULED' AND o.due_date = ? AND o.id > ? AND o.id <= ? "
                + "ORDER BY o.id", (rs, i) -> new DueRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                rs.getBigDecimal(4), ServiceType.valueOf(rs.getString(5))), range.date(), range.after(), range.upTo());
        if (rows.isEmpty()) {
            return Posted.NONE;
        }
        bumpVersions(rows.stream().map(DueRow::caseId).toList());
        List<NewTx> postings = new ArrayList<>(rows.size());
        long entries = 0;
        List<Object> direct = new ArrayList<>();
        List<Object> collect = new ArrayList<>();
        for (DueRow r : rows) {
            Posting p = PostingRules.maintenanceDue(r.id(), r.dueDate(), r.amount(), r.type());
            postings.add(new NewTx(r.caseId(), p, null));
            entries += p.entries().size();
            (r.type() == ServiceType.COLLECT_AND_PAY ? collect : direct).add(r.id());
        }
        store.insert(postings, clock.instant());
        int updated = markPosted(direct, ServiceType.DIRECT_PAY) + markPosted(collect, ServiceType.COLLECT_AND_PAY);
        if (updated != rows.size()) {
            // A schedule changed under us: undo this range and take it again.
            throw new OptimisticLockingFailureException("Schedule changed during the run");
        }
        return new Posted(rows.size(), collect.size(), entries);
    }

    private int markPosted(List<Object> ids, ServiceType type) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Object> args = new ArrayList<>();
        args.add(type.name());
        args.addAll(ids);
        return jdbc.update("UPDATE ledger_obligation SET status = 'POSTED', service_type = ? WHERE status = 'SCHEDULED' "
                + "AND id IN (" + LedgerStore.marks(ids.size()) + ")", args.toArray());
    }

    /** Postings to a case take turns through its version, as in {@link LedgerService}. Ordered to avoid deadlocks. */
    private void bumpVersions(List<Long> caseIds) {
        TreeSet<Long> ordered = new TreeSet<>(caseIds);
        jdbc.update("UPDATE ledger_case SET version = version + 1 WHERE case_id IN (" + LedgerStore.marks(ordered.size())
                + ")", ordered.toArray());
    }
}
