package org.childmaintenance.messages;

import java.util.Objects;
import org.childmaintenance.base.WorkQueue;
import org.childmaintenance.messages.MessageViews.InboxFilter;
import org.childmaintenance.messages.MessageViews.InboxItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Messages' queues on the casework desk: conversations waiting for an answer, and those taken by me. */
@Configuration
class MessageWorkQueues {
    @Bean
    WorkQueue messagesAwaitingQueue(CaseworkMessages messages) {
        return WorkQueue.of("messages.awaiting", "desk.queue.messages", "casework/messages", true,
                () -> WorkQueue.snapshotOf(messages.inbox(InboxFilter.awaiting()).items().stream()
                        .map(InboxItem::awaitingSince).filter(Objects::nonNull).toList()));
    }

    @Bean
    WorkQueue messagesMineQueue(CaseworkMessages messages) {
        return WorkQueue.of("messages.mine", "desk.queue.myMessages", "casework/messages", true,
                () -> WorkQueue.snapshotOf(messages.inbox(InboxFilter.awaiting()).items().stream()
                        .filter(InboxItem::assignedToMe).map(InboxItem::awaitingSince).filter(Objects::nonNull).toList()));
    }
}
