package org.childmaintenance.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.childmaintenance.base.TimeConfig;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Removes the sealed bodies of mail and texts that will not be sent any more, a week after they were written. */
@Component
class OutboxRetention {
    static final Duration KEEP = Duration.ofDays(7);
    private final OutboundMailRepository mail;
    private final OutboundSmsRepository sms;
    private final Clock clock;

    OutboxRetention(OutboundMailRepository mail, OutboundSmsRepository sms, Clock clock) {
        this.mail = mail;
        this.sms = sms;
        this.clock = clock;
    }

    @Scheduled(cron = "0 15 3 * * *", zone = TimeConfig.ZONE_NAME)
    @SchedulerLock(name = "outbox-retention")
    @Transactional
    public void purge() {
        mail.purgeBodies(clock.instant().minus(KEEP),
                EnumSet.of(OutboundMail.Status.FAILED, OutboundMail.Status.NOT_SENT_NO_SERVER));
        sms.purgeBodies(clock.instant().minus(KEEP), EnumSet.of(OutboundSms.Status.FAILED));
    }
}
