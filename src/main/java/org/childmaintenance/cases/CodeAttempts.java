package org.childmaintenance.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits guessing of activation codes (ASVS V2.2, V6.3): attempts are stored in the database (so
 * the limit holds on every node and after restarts) per account and per client address, and a right
 * code never clears earlier wrong ones. Each attempt is written and committed BEFORE the code is checked and
 * then counted in a transaction of its own, so parallel guesses cannot outrun the limit: at most
 * {@link #MAX_PER_ACCOUNT} wrong codes are ever checked for one account in its window, however many arrive at
 * once. Attempts in flight count against each other, so a burst may be refused entirely (it fails closed; only
 * the guesser's own account and address are affected). The row of an attempt that turns out right (or that is
 * refused unchecked) is removed; the row of a wrong code stays, whatever happens to the caller's transaction.
 */
@Component
class CodeAttempts {
    /** Wrong codes one account may enter in {@link #ACCOUNT_WINDOW} before linking online is refused. */
    static final int MAX_PER_ACCOUNT = 10;
    static final Duration ACCOUNT_WINDOW = Duration.ofDays(30);
    /** Wrong codes from one address (any accounts) in {@link #ADDRESS_WINDOW}. */
    static final int MAX_PER_ADDRESS = 30;
    static final Duration ADDRESS_WINDOW = Duration.ofDays(1);
    private static final String NO_ADDRESS = "-";

    private final CodeFailureRepository failures;
    private final TransactionTemplate tx;
    private final Clock clock;

    CodeAttempts(CodeFailureRepository failures, PlatformTransactionManager transactions, Clock clock) {
        this.failures = failures;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Counts an attempt before its code is checked; {@code address} is null outside a web request (then the
     * account's limit alone applies). Returns the attempt to pass to {@link #right(long)} if the code is right,
     * or empty when this account or address has had too many wrong codes (nothing may be checked then).
     */
    Optional<Long> begin(long accountId, @Nullable String address) {
        Instant now = clock.instant();
        Long attempt = tx.execute(s -> failures.saveAndFlush(
                new CodeFailure(accountId, address == null ? NO_ADDRESS : address, now)).id());
        // Counted after the attempt was committed, in a fresh transaction: it sees every attempt committed before.
        Boolean over = tx.execute(s -> failures.countByAccountIdAndFailedAtAfter(accountId,
                now.minus(ACCOUNT_WINDOW)) > MAX_PER_ACCOUNT
                || address != null
                && failures.countByAddressAndFailedAtAfter(address, now.minus(ADDRESS_WINDOW)) > MAX_PER_ADDRESS);
        if (Boolean.TRUE.equals(over)) {
            forget(attempt);
            return Optional.empty();
        }
        return Optional.ofNullable(attempt);
    }

    /** The attempt's code was right: it is no wrong code. Earlier wrong codes stay counted. */
    void right(long attempt) {
        forget(attempt);
    }

    private void forget(@Nullable Long attempt) {
        if (attempt != null) {
            tx.executeWithoutResult(s -> failures.deleteById(attempt));
        }
    }
}
