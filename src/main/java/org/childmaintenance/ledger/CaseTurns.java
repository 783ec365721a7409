package org.childmaintenance.ledger;

import java.util.function.Function;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.ledger.LedgerStore.CaseRecord;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serialises writes to one case: each write reads the case, claims its version (a concurrent writer
 * makes the claim fail and the write runs again) and commits. Every ledger change goes through here,
 * so nothing posted to a case is lost or interleaved.
 */
@Component
class CaseTurns {
    private static final int MAX_ATTEMPTS = 100;
    private final LedgerStore store;
    private final TransactionTemplate tx;

    CaseTurns(LedgerStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Runs {@code work} as the case's only writer (the case must exist). */
    <T> T run(long caseId, Function<CaseRecord, T> work) {
        return run(caseId, null, work);
    }

    /**
     * As {@link #run(long, Function)}; {@code create} (if given) makes the case row first when it is
     * missing. Retries only in a transaction of its own; inside a caller's transaction a conflict is
     * the caller's to retry.
     */
    <T> T run(long caseId, Runnable create, Function<CaseRecord, T> work) {
        boolean own = !TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    if (create != null && store.findCase(caseId).isEmpty()) {
                        create.run();
                    }
                    CaseRecord c = store.findCase(caseId)
                            .orElseThrow(() -> new UserFacingException("ledger.error.noSchedule"));
                    if (!store.claimVersion(caseId, c.version())) {
                        throw new OptimisticConflict();
                    }
                    return work.apply(c);
                });
            } catch (OptimisticConflict | ConcurrencyFailureException e) {
                if (!own || attempt >= MAX_ATTEMPTS) {
                    throw e instanceof OptimisticConflict
                            ? new OptimisticLockingFailureException("Case " + caseId + " is busy") : e;
                }
                backOff(attempt);
            } catch (DuplicateKeyException e) {
                if (create != null && own && attempt < MAX_ATTEMPTS) {
                    continue; // two first schedules raced to create the case row: the loser retries as an update
                }
                throw e;
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(50, attempt) + (long) (Math.random() * 5 * Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class OptimisticConflict extends RuntimeException {
        OptimisticConflict() {
            super(null, null, false, false);
        }
    }
}
