package org.childmaintenance.notices;

import org.childmaintenance.documents.DocumentAdded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A new document filed for people becomes a notice for each of them, linking to the Documents page that lists it. */
@Component
class DocumentNotices {
    private final Notify notify;

    DocumentNotices(Notify notify) {
        this.notify = notify;
    }

    /** Runs in the filing transaction: no notice for a document that was not saved. */
    @EventListener
    void on(DocumentAdded added) {
        added.accountIds().stream().distinct()
                .forEach(account -> notify.send(account, NotificationKind.DOCUMENT, "notification.msg.document", added.link()));
    }
}
