package org.childmaintenance.notices;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.childmaintenance.base.TimeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily job: deadline notices (issue 11) — a reconsideration window about to close, an employer's
 * remittance due by the 19th, a leaver report due. Each {@link DeadlineSource} says what is due; each
 * reminder is raised once per person: its key is written in the same transaction as the notice, and
 * the key's primary key refuses a second one, whichever node runs the job (one node at a time: ShedLock).
 */
@Component
class DeadlineNotices {
    private static final Logger log = LoggerFactory.getLogger(DeadlineNotices.class);
    private final List<DeadlineSource> sources;
    private final Notify notify;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    DeadlineNotices(List<DeadlineSource> sources, Notify notify, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                    Clock clock) {
        this.sources = List.copyOf(sources);
        this.notify = notify;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.notices.deadline-cron:0 15 7 * * *}", zone = TimeConfig.ZONE_NAME)
    @SchedulerLock(name = "deadlineNotices", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        raiseDue();
    }

    /** @return how many notices were raised now (reminders raised on an earlier run are not counted) */
    int raiseDue() {
        LocalDate today = LocalDate.now(clock);
        int raised = 0;
        for (DeadlineSource source : sources) {
            List<DeadlineSource.Reminder> due;
            try {
                due = source.remindersDue(today);
            } catch (RuntimeException e) {
                // one feature's failure must not stop the others' reminders; tomorrow's run tries again
                log.error("Deadline source {} failed", source.getClass().getSimpleName(), e);
                continue;
            }
            for (DeadlineSource.Reminder r : due) {
                if (Boolean.TRUE.equals(tx.execute(status -> raiseOnce(r)))) {
                    raised++;
                }
            }
        }
        if (raised > 0) {
            log.info("Deadline notices: {} raised for {}", raised, today);
        }
        return raised;
    }

    private boolean raiseOnce(DeadlineSource.Reminder r) {
        String key = r.key() + ":" + r.accountId();
        if (key.length() > 200) {
            throw new IllegalArgumentException("Deadline key too long: " + key);
        }
        try {
            jdbc.update("INSERT INTO notice_deadline_raised (dedup_key, account_id, raised_at) VALUES (?, ?, ?)",
                    key, r.accountId(), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            return false;
        }
        notify.send(r.accountId(), NotificationKind.DEADLINE, r.messageKey(), r.link());
        return true;
    }
}
