package org.childmaintenance.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits guessing of activation codes (ASVS V2.2, V6.3): wrong codes are stored in the database (so
 * the limit holds on every node and after restarts) per account and per client address, and a right
 * code never clears them. Each failure is saved in its own transaction, so it stays when the caller's
 * transaction is rolled back by the error shown to the user.
 */
@Component
class CodeAttempts {
    /** Wrong codes one account may enter in {@link #ACCOUNT_WINDOW} before linking online is refused. */
    static final int MAX_PER_ACCOUNT = 10;
    static final Duration ACCOUNT_WINDOW = Duration.ofDays(30);
    /** Wrong codes from one address (any accounts) in {@link #ADDRESS_WINDOW}. */
    static final int MAX_PER_ADDRESS = 30;
    static final Duration ADDRESS_WINDOW = Duration.ofDays(1);

    private final CodeFailureRepository failures;
    private final Clock clock;

    CodeAttempts(CodeFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** True when this account or this address has had too many wrong codes. */
    @Transactional(readOnly = true)
    boolean blocked(long accountId, @Nullable String address) {
        Instant now = clock.instant();
        return failures.countByAccountIdAndFailedAtAfter(accountId, now.minus(ACCOUNT_WINDOW)) >= MAX_PER_ACCOUNT
                || address != null
                && failures.countByAddressAndFailedAtAfter(address, now.minus(ADDRESS_WINDOW)) >= MAX_PER_ADDRESS;
    }

    /** Stores a wrong code; {@code address} is null outside a web request. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(long accountId, @Nullable String address) {
        failures.save(new CodeFailure(accountId, address == null ? "-" : address, clock.instant()));
    }
}
