package org.childmaintenance.casework;

import java.time.Clock;
import org.childmaintenance.base.WorkQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Casework's own queues on the desk: enforcement actions due a next step (waiting since their next step's
 * earliest date), and those assigned to the signed-in caseworker.
 */
@Configuration
class EnforcementWorkQueues {
    static final String LINK = "casework/enforcement";

    @Bean
    WorkQueue enforcementDueQueue(EnforcementQueue queue, Clock clock) {
        return WorkQueue.of("casework.enforcement", "desk.queue.enforcementDue", LINK, true,
                () -> WorkQueue.snapshotOf(queue.due().stream()
                        .map(i -> i.dueSince().atStartOfDay(clock.getZone()).toInstant()).toList()));
    }

    @Bean
    WorkQueue myEnforcementQueue(EnforcementQueue queue, Clock clock) {
        return WorkQueue.of("casework.enforcement.mine", "desk.queue.myEnforcement", LINK, true,
                () -> WorkQueue.snapshotOf(queue.due().stream().filter(EnforcementQueue.DueItem::assignedToMe)
                        .map(i -> i.dueSince().atStartOfDay(clock.getZone()).toInstant()).toList()));
    }
}
