package org.childmaintenance.notices;

import org.childmaintenance.ledger.LedgerFixture;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs the daily deadline-notice job as the scheduler would (nobody signed in), for tests in any package. */
public final class DeadlineJob {
    private DeadlineJob() {
    }

    /** @return how many notices this run raised */
    public static int run(ApplicationContext ctx) {
        return LedgerFixture.asSystem(() -> ctx.getBean(DeadlineNotices.class).raiseDue());
    }

    /** How many notices with this text key the account has (read or not). */
    public static int noticesOf(JdbcTemplate jdbc, long accountId, String messageKey) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM portal_notification WHERE account_id = ? AND message_key = ?",
                Integer.class, accountId, messageKey);
    }

    /** The links of the account's notices with this text key. */
    public static java.util.List<String> linksOf(JdbcTemplate jdbc, long accountId, String messageKey) {
        return jdbc.queryForList("SELECT link FROM portal_notification WHERE account_id = ? AND message_key = ? ORDER BY id",
                String.class, accountId, messageKey);
    }
}
