package org.childmaintenance.outreach;

import org.childmaintenance.base.WorkQueue;
import org.childmaintenance.outreach.OutreachViews.QueueItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Outreach's queues on the casework desk: every open request for help (Options), and those taken by me. */
@Configuration
class OutreachWorkQueues {
    static final String LINK = "casework/options";

    @Bean
    WorkQueue outreachOptionsWorkQueue(OptionsQueue queue) {
        return WorkQueue.of("outreach.options", "desk.queue.options", LINK, true,
                () -> WorkQueue.snapshotOf(queue.open().stream().map(QueueItem::createdAt).toList()));
    }

    @Bean
    WorkQueue outreachMyOptionsWorkQueue(OptionsQueue queue) {
        return WorkQueue.of("outreach.mine", "desk.queue.myOptions", LINK, true,
                () -> WorkQueue.snapshotOf(queue.open().stream().filter(QueueItem::assignedToMe)
                        .map(QueueItem::createdAt).toList()));
    }
}
