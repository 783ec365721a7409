package org.childmaintenance.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recalculates every active case, as when the rules change for everyone: for each case a new decision (kind
 * CHANGE, from the given date) worked out from the case's details, the schedule rebuilt from that date, the
 * ledger's obligations replaced, the letters, the timeline and the audit entry, with the same result as a single
 * decision ({@link DecisionMaker#decide}), done in bulk a chunk at a time ({@link BulkRecalculation}).
 *
 * <p>Chunks of cases, each in one transaction that also replaces the ledger's obligations (the ledger listens to
 * {@link CasesRecalculated} in the transaction) and writes a {@code cm_recalculation} row per case, so a run that
 * stopped resumes where it was (run it again with the same name). Rows with {@code ledger_applied = 0} are left
 * only by runs made before the ledger took part in the chunk's transaction: their schedules are sent again. Cluster-safe: each chunk is chosen
 * and done under the ShedLock lock {@value #LOCK}, so two nodes running the same run take turns and never do a
 * case twice; a node killed while holding it frees it after {@code lockAtMostFor} (10 minutes).
 */
@Component
class MassRecalculation {
    static final String LOCK = "cases-recalculate-all";
    static final String ACTOR = "Recalculation of all cases (automatic)";
    private static final Logger log = LoggerFactory.getLogger(MassRecalculation.class);
    private final CaseRepository cases;
    private final DecisionMaker decisionMaker;
    private final BulkRecalculation bulk;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    MassRecalculation(CaseRepository cases, DecisionMaker decisionMaker, BulkRecalculation bulk, JdbcTemplate jdbc,
                      TransactionTemplate tx, LockProvider lockProvider, Clock clock) {
        this.cases = cases;
        this.decisionMaker = decisionMaker;
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.tx = tx;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
    }

    /** What this node did in a run. */
    record Result(String run, int cases, int resentToLedger, Duration elapsed, String phases) {
        double perSecond() {
            return cases / Math.max(0.001, elapsed.toNanos() / 1e9);
        }
    }

    /** Runs (or resumes) the run {@code name}: every active case not yet done in it gets a decision from {@code effective}. */
    Result run(String name, LocalDate effective, String reason, int chunkSize) {
        long start = System.nanoTime();
        int resent = resendToLedger(name, effective);
        long after = 0;
        int done = 0;
        int chunks = 0;
        while (true) {
            long from = after;
            LockingTaskExecutor.TaskResult<List<Long>> r;
            try {
                r = locks.executeWithLock(() -> chunk(name, effective, reason, from, chunkSize),
                        new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(10), Duration.ZERO));
            } catch (Throwable e) {
                throw new IllegalStateException("Recalculation " + name + " stopped: " + e.getMessage(), e);
            }
            if (!r.wasExecuted()) { // another node is doing a chunk of this run
                pause();
                continue;
            }
            List<Long> ids = r.getResult();
            if (ids == null || ids.isEmpty()) {
                break;
            }
            done += ids.size();
            after = ids.getLast();
            if (++chunks % 20 == 0) {
                double secs = (System.nanoTime() - start) / 1e9;
                log.info("Recalculation {}: {} cases in {} s ({} cases/s)", name, done, Math.round(secs), Math.round(done / secs));
            }
        }
        Result result = new Result(name, done, resent, Duration.ofNanos(System.nanoTime() - start), String.format(
                "read %.1f s, calculate %.1f s, write %.1f s, ledger and notices %.1f s (this node, all runs so far)",
                bulk.phases[0] / 1e9, bulk.phases[1] / 1e9, bulk.phases[2] / 1e9, bulk.phases[3] / 1e9));
        log.info("Recalculation {} finished on this node: {} cases in {} ms ({} cases/s), {} sent to the ledger again",
                name, done, result.elapsed().toMillis(), Math.round(result.perSecond()), resent);
        return result;
    }

    /** The next cases after {@code after} not done in this run, each decided, in one transaction; their ids in order. */
    private List<Long> chunk(String name, LocalDate effective, String reason, long after, int size) {
        List<Long> ids = jdbc.queryForList("SELECT c.id FROM cm_case c WHERE c.status = 'ACTIVE' AND c.id > ? "
                + "AND NOT EXISTS (SELECT 1 FROM cm_recalculation r WHERE r.run_name = ? AND r.case_id = c.id) "
                + "ORDER BY c.id LIMIT ?", Long.class, after, name, size);
        try {
            decideAll(ids, name, effective, reason);
        } catch (RuntimeException e) {
            // one case failed: the chunk rolled back; do its cases one by one so the others are not held up
            log.warn("Recalculation {}: a chunk failed ({}); its cases are done one at a time", name, e.toString());
            for (Long id : ids) {
                try {
                    decideAll(List.of(id), name, effective, reason);
                } catch (RuntimeException one) {
                    log.error("Recalculation {}: case {} failed; left as it was (run the case again by hand)", name, id, one);
                    tx.executeWithoutResult(s -> jdbc.update("INSERT INTO cm_recalculation (run_name, case_id, decision_id, "
                            + "ledger_applied, done_at) VALUES (?, ?, NULL, 1, ?)", name, id, Timestamp.from(clock.instant())));
                }
            }
        }
        return ids;
    }

    private void decideAll(List<Long> ids, String name, LocalDate effective, String reason) {
        tx.executeWithoutResult(s -> {
            Map<Long, @Nullable Long> decided = bulk.decide(ids, name, effective, reason, ACTOR);
            Timestamp now = Timestamp.from(clock.instant());
            List<Object[]> marks = new ArrayList<>(ids.size());
            decided.forEach((id, decisionId) -> marks.add(new Object[] {name, id, decisionId, now}));
            // the ledger took the chunk's schedules in this transaction (CasesRecalculated): applied already
            jdbc.batchUpdate("INSERT INTO cm_recalculation (run_name, case_id, decision_id, ledger_applied, done_at) "
                    + "VALUES (?, ?, ?, 1, ?)", marks);
        });
    }

    /**
     * Cases whose decision committed but whose node died before the ledger took the schedule (at most one chunk
     * per node that died): their schedule is sent to the ledger again, which takes only what changed.
     */
    private int resendToLedger(String name, LocalDate effective) {
        List<Long> ids = jdbc.queryForList("SELECT case_id FROM cm_recalculation WHERE run_name = ? AND ledger_applied = 0 "
                + "AND decision_id IS NOT NULL ORDER BY case_id", Long.class, name);
        for (Long id : ids) {
            tx.executeWithoutResult(s -> decisionMaker.republishSchedule(cases.findById(id).orElseThrow(), effective));
            jdbc.update("UPDATE cm_recalculation SET ledger_applied = 1 WHERE run_name = ? AND case_id = ?", name, id);
        }
        return ids.size();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
