package org.childmaintenance.identity;

import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.childmaintenance.base.RequestInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends an account's other sessions on every node: a per-account "sessions valid after" time
 * (account.sessions_valid_after) that {@link SessionValidityFilter} checks on each request against
 * the time the session signed in. Also ends the account's outstanding e-mailed links.
 */
@Component
public class AccountSessions {
    /** Session attribute: epoch millis at which this session signed in. */
    public static final String SIGNED_IN_AT = "identity.signedInAt";
    private final JdbcTemplate jdbc;
    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountSessions(JdbcTemplate jdbc, AccountTokenRepository tokens, Clock clock) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Records that this HTTP session has just signed in. */
    public void markSignedIn(HttpSession session) {
        session.setAttribute(SIGNED_IN_AT, clock.millis());
    }

    /**
     * Ends every other session and every unused link of the account; the session of the current
     * request (if any) stays signed in. Call inside the transaction that changes the credential.
     */
    void endOtherSessionsAndLinks(long accountId) {
        Instant now = Instant.ofEpochMilli(clock.millis());
        jdbc.update("UPDATE account SET sessions_valid_after = ? WHERE id = ?", Timestamp.from(now), accountId);
        tokens.useAllOf(accountId, now);
        RequestInfo.current().map(r -> r.getSession(false)).ifPresent(s -> s.setAttribute(SIGNED_IN_AT, now.toEpochMilli()));
    }

    /**
     * Ends every session and unused link of another account at once, on every node (its next request
     * is signed out), e.g. when an administrator removes it or changes its role.
     */
    void endAllSessionsAndLinks(long accountId) {
        Instant now = Instant.ofEpochMilli(clock.millis() + 1);
        jdbc.update("UPDATE account SET sessions_valid_after = ? WHERE id = ?", Timestamp.from(now), accountId);
        tokens.useAllOf(accountId, now);
    }

    /** Ends every session of the account on every node, including one in this request (casework acting for them). */
    void endAllSessions(long accountId) {
        jdbc.update("UPDATE account SET sessions_valid_after = ? WHERE id = ?", Timestamp.from(clock.instant()), accountId);
    }

    /** Whether a session of this account that signed in at the given time may still be used. */
    boolean stillValid(long accountId, long signedInAtMillis) {
        Timestamp after = jdbc.query("SELECT sessions_valid_after FROM account WHERE id = ?",
                rs -> rs.next() ? rs.getTimestamp(1) : null, accountId);
        return after == null || signedInAtMillis >= after.toInstant().toEpochMilli();
    }
}
