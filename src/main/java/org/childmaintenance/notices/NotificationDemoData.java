package org.childmaintenance.notices;

import org.childmaintenance.identity.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo only: a notice of each kind for the demo parent (parent@example.com), all unread. */
@Component
@Order(50)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class NotificationDemoData implements ApplicationRunner {
    static final String DEMO_PARENT = "parent@example.com";
    private final IdentityService identity;
    private final Notify notify;
    private final PortalNotificationRepository notifications;

    NotificationDemoData(IdentityService identity, Notify notify, PortalNotificationRepository notifications) {
        this.identity = identity;
        this.notify = notify;
        this.notifications = notifications;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        identity.findAccountId(DEMO_PARENT).ifPresent(id -> {
            if (notifications.findByAccountIdOrderByCreatedAtDescIdDesc(id, org.springframework.data.domain.PageRequest.of(0, 200))
                    .stream().anyMatch(n -> n.kind() == NotificationKind.DEADLINE)) {
                return;
            }
            notify.send(id, NotificationKind.DECISION, "notification.msg.decision", "my-case");
            notify.send(id, NotificationKind.PAYMENT_RECEIVED, "notification.msg.paymentReceived", "payments");
            notify.send(id, NotificationKind.PAYMENT_PASSED_ON, "notification.msg.paymentPassedOn", "payments");
            notify.send(id, NotificationKind.PAYMENT_MISSED, "notification.msg.paymentMissed", "payments");
            notify.send(id, NotificationKind.DOCUMENT, "notification.msg.document", "my-case");
            notify.send(id, NotificationKind.MESSAGE, "notification.msg.message", "notifications");
            notify.send(id, NotificationKind.DEADLINE, "notification.msg.deadline", "payments");
        });
    }
}
