package org.childmaintenance.notices;

import org.childmaintenance.messages.MessageReceived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A reply from the service in a conversation becomes a notice (bell, list, "there is news" e-mail) for its reader. */
@Component
class MessageNotices {
    private final Notify notify;

    MessageNotices(Notify notify) {
        this.notify = notify;
    }

    /** Runs in the sender's transaction: no notice for a message that was not saved. */
    @EventListener
    void on(MessageReceived received) {
        notify.send(received.accountId(), NotificationKind.MESSAGE, "notification.msg.message",
                "messages/" + received.conversationId());
    }
}
