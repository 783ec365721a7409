package org.childmaintenance.disputes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.childmaintenance.base.TimeConfig;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.notices.DeadlineSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * LC-14.2/14.5: a reminder to both parents {@value #REMINDER_DAYS} days before the last day to ask for
 * a mandatory reconsideration of a decision (notification date + 30 days), while nobody has asked for
 * one yet (there is only one per decision). Timers are informational: the service decides on lateness.
 */
@Component
class ReconsiderationDeadlines implements DeadlineSource {
    static final int REMINDER_DAYS = 7;
    private static final ZoneId UK = ZoneId.of(TimeConfig.ZONE_NAME);
    private final Revision revision;
    private final ReconsiderationRepository reconsiderations;

    ReconsiderationDeadlines(Revision revision, ReconsiderationRepository reconsiderations) {
        this.revision = revision;
        this.reconsiderations = reconsiderations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> remindersDue(LocalDate today) {
        // last day to ask within [today, today + 7] ⇔ notified within [today − 30, today − 23]
        LocalDate firstNotified = today.minusDays(DisputeRules.RECONSIDERATION_DAYS);
        LocalDate lastNotified = firstNotified.plusDays(REMINDER_DAYS);
        Instant from = firstNotified.atStartOfDay(UK).toInstant();
        Instant to = lastNotified.plusDays(1).atStartOfDay(UK).toInstant();
        List<Reminder> out = new ArrayList<>();
        for (Revision.NotifiedDecision d : revision.decidedBetween(from, to)) {
            if (reconsiderations.findByDecisionId(d.decisionId()).isPresent()) {
                continue;
            }
            Stream.of(d.payingAccountId(), d.receivingAccountId()).filter(a -> a != null).distinct()
                    .forEach(account -> out.add(new Reminder("reconsideration-window:" + d.decisionId(), account,
                            "notification.msg.reconsiderationWindow", ReconsiderationService.link(d.caseId()))));
        }
        return out;
    }
}
