package org.childmaintenance.notification;

import org.childmaintenance.base.WorkQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notification feature's queue on the casework desk: e-mails and texts that could not be sent. */
@Configuration
class NotificationWorkQueues {
    @Bean
    WorkQueue failedSendsQueue(DeliveryProblems problems) {
        return WorkQueue.of("notification.failed", "desk.queue.failedSends", "casework/could-not-send", false,
                () -> WorkQueue.snapshotOf(problems.failedSends(1000).stream().map(DeliveryProblems.FailedSend::createdAt).toList()));
    }
}
