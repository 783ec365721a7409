package org.childmaintenance.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
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
 * only by runs made before the ledger took part in the chunk's transaction: their schedules are sent again.
 *
 * <p>Cluster-safe without a lock over the run: each chunk is claimed in its own transaction with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} on the cases' rows, so any number of workers on any number of nodes run
 * at once and never take the same case; a node that dies leaves its chunk rolled back and unlocked, and the others
 * (or the run started again) take it. The chunk's transaction reads committed data ({@code READ COMMITTED}), so
 * workers do not hold gap locks that would make each other wait.
 */
@Component
class MassRecalculation {
    static final String ACTOR = "Recalculation of all cases (automatic)";
    private static final Logger log = LoggerFactory.getLogger(MassRecalculation.class);
    private final CaseRepository cases;
    private final DecisionMaker decisionMaker;
    private final BulkRecalculation bulk;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final TransactionTemplate chunkTx;
    private final Clock clock;

    MassRecalculation(CaseRepository cases, DecisionMaker decisionMaker, BulkRecalculation bulk, JdbcTemplate jdbc,
                      TransactionTemplate tx, PlatformTransactionManager transactions, Clock clock) {
        this.cases = cases;
        this.decisionMaker = decisionMaker;
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.tx = tx;
        this.chunkTx = new TransactionTemplate(transactions);
        this.chunkTx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /** What this node did in a run. */
    record Result(String run, int cases, int resentToLedger, Duration elapsed, String phases) {
        double perSecond() {
            return cases / Math.max(0.001, elapsed.toNanos() / 1e9);
        }
    }

    /** Runs (or resumes) the run {@code name} with one worker. */
    Result run(String name, LocalDate effective, String reason, int chunkSize) {
        return run(name, effective, reason, chunkSize, 1);
    }

    /**
     * Runs (or resumes) the run {@code name}: every active case not yet done in it gets a decision from {@code effective}.
     * {@code workers} threads on this node each claim and do chunks until none is left.
     */
    Result run(String name, LocalDate effective, String reason, int chunkSize, int workers) {
        long start = System.nanoTime();
        int resent = resendToLedger(name, effective);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger chunks = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> new Thread(r, "recalculation-" + name));
        try {
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> work(name, effective, reason, chunkSize, start, done, chunks)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Recalculation " + name + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Recalculation " + name + " stopped: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long[] phases = bulk.phases();
        Result result = new Result(name, done.get(), resent, Duration.ofNanos(System.nanoTime() - start), String.format(
                "read %.1f s, calculate %.1f s, write %.1f s, ledger and notices %.1f s (summed over %d worker(s); this node, "
                        + "all runs so far)", phases[0] / 1e9, phases[1] / 1e9, phases[2] / 1e9, phases[3] / 1e9, workers));
        log.info("Recalculation {} finished on this node: {} cases in {} ms ({} cases/s), {} sent to the ledger again",
                name, done.get(), result.elapsed().toMillis(), Math.round(result.perSecond()), resent);
        return result;
    }

    /**
     * One worker: claims the next chunk after the last one it did, until there is none; then looks once more from the
     * start (cases a node that died had claimed are free again) and stops when that finds nothing either.
     */
    private void work(String name, LocalDate effective, String reason, int size, long start, AtomicInteger done,
                      AtomicInteger chunks) {
        long after = 0;
        while (true) {
            Chunk claimed = chunk(name, effective, reason, after, size);
            List<Long> ids = claimed.ids();
            if (ids.isEmpty()) {
                if (after == 0) {
                    return;
                }
                after = 0;
                continue;
            }
            after = ids.getLast();
            int total = done.addAndGet(claimed.done());
            if (chunks.incrementAndGet() % 5 == 0) {
                double secs = (System.nanoTime() - start) / 1e9;
                log.info("Recalculation {}: {} cases in {} s ({} cases/s)", name, total, Math.round(secs), Math.round(total / secs));
            }
        }
    }

    /**
     * Claims the next cases after {@code after} not done in this run and decides them, in one transaction; their ids
     * in order. The claim locks the cases' rows and skips rows another transaction holds ({@code SKIP LOCKED}), so
     * workers and nodes never take the same case; a chunk's {@code cm_recalculation} rows commit with its decisions.
     * A chunk that fails for a lock (deadlock, timeout) is tried again; one that fails otherwise is done a case at a
     * time, so one bad case does not hold up the others.
     */
    /** The cases a worker claimed (in order), and how many of them it did: fewer when some were done meanwhile. */
    private record Chunk(List<Long> ids, int done) {
    }

    private Chunk chunk(String name, LocalDate effective, String reason, long after, int size) {
        List<Long> claimed = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                return chunkTx.execute(s -> {
                    claimed.clear();
                    claimed.addAll(jdbc.queryForList("SELECT c.id FROM cm_case c WHERE c.status = 'ACTIVE' AND c.id > ? "
                            + "AND NOT EXISTS (SELECT 1 FROM cm_recalculation r WHERE r.run_name = ? AND r.case_id = c.id) "
                            + "ORDER BY c.id LIMIT ? FOR UPDATE SKIP LOCKED", Long.class, after, name, size));
                    decideAll(claimed, name, effective, reason);
                    return new Chunk(List.copyOf(claimed), claimed.size());
                });
            } catch (ConcurrencyFailureException e) {
                if (attempt < 3) {
                    log.warn("Recalculation {}: a chunk met a lock ({}); tried again", name, e.toString());
                    continue;
                }
                return oneByOne(List.copyOf(claimed), name, effective, reason, e);
            } catch (RuntimeException e) {
                return oneByOne(List.copyOf(claimed), name, effective, reason, e);
            }
        }
    }

    private Chunk oneByOne(List<Long> ids, String name, LocalDate effective, String reason, RuntimeException cause) {
        log.warn("Recalculation {}: a chunk failed ({}); its cases are done one at a time", name, cause.toString());
        int done = 0;
        for (Long id : ids) {
            try {
                Boolean decided = chunkTx.execute(s -> {
                    List<Long> one = jdbc.queryForList("SELECT c.id FROM cm_case c WHERE c.id = ? AND c.status = 'ACTIVE' "
                            + "AND NOT EXISTS (SELECT 1 FROM cm_recalculation r WHERE r.run_name = ? AND r.case_id = c.id) "
                            + "FOR UPDATE", Long.class, id, name);
                    decideAll(one, name, effective, reason);
                    return !one.isEmpty(); // empty: done meanwhile by another worker
                });
                done += Boolean.TRUE.equals(decided) ? 1 : 0;
            } catch (RuntimeException one) {
                log.error("Recalculation {}: case {} failed; left as it was (run the case again by hand)", name, id, one);
                tx.executeWithoutResult(s -> jdbc.update("INSERT INTO cm_recalculation (run_name, case_id, decision_id, "
                        + "ledger_applied, done_at) VALUES (?, ?, NULL, 1, ?)", name, id, Timestamp.from(clock.instant())));
                done++;
            }
        }
        return new Chunk(ids, done);
    }

    /** Decides the claimed cases and marks them done, in the caller's (the chunk's) transaction. */
    private void decideAll(List<Long> ids, String name, LocalDate effective, String reason) {
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, @Nullable Long> decided = bulk.decide(ids, name, effective, reason, ACTOR);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> marks = new ArrayList<>(ids.size());
        decided.forEach((id, decisionId) -> marks.add(new Object[] {name, id, decisionId, now}));
        // the ledger took the chunk's schedules in this transaction (CasesRecalculated): applied already
        jdbc.batchUpdate("INSERT INTO cm_recalculation (run_name, case_id, decision_id, ledger_applied, done_at) "
                + "VALUES (?, ?, ?, 1, ?)", marks);
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
}
