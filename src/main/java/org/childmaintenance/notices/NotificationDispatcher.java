package org.childmaintenance.notices;

import static org.childmaintenance.base.Texts.t;

import java.util.NoSuchElementException;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.notification.NotificationService;
import org.childmaintenance.identity.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a notice commits: an e-mail to the person's own sign-in address (if they want e-mail for
 * that kind) and a text to the mobile number they confirmed (if they turned texts on). Both say only
 * that there is news. A person with a safety flag gets e-mail only once they confirmed it in Settings;
 * nothing ever goes to an address or number someone else gave us.
 */
@Component
class NotificationDispatcher {
    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private final PortalNotificationRepository notifications;
    private final NotificationSettingsRepository settings;
    private final NotificationService mail;
    private final IdentityService identity;
    private final ObjectProvider<SafetyFlags> safetyFlags;
    private final String baseUrl;

    NotificationDispatcher(PortalNotificationRepository notifications, NotificationSettingsRepository settings,
                           NotificationService mail, IdentityService identity, ObjectProvider<SafetyFlags> safetyFlags,
                           @Value("${portal.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.settings = settings;
        this.mail = mail;
        this.identity = identity;
        this.safetyFlags = safetyFlags;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(NotificationCreated created) {
        PortalNotification n = notifications.findById(created.notificationId()).orElse(null);
        if (n == null) {
            return;
        }
        long account = n.accountId();
        NotificationSettings choices = settings.findById(account).orElseGet(() -> new NotificationSettings(account));
        boolean flagged = safetyFlags.orderedStream().anyMatch(f -> f.hasSafetyFlag(account));
        if (choices.emailKinds().contains(n.kind()) && (!flagged || choices.emailConfirmed())) {
            PortalUser person = person(account);
            if (person != null) {
                mail.sendMail(person.email(), () -> t("notification.mail.subject"),
                        () -> t("notification.mail.body", baseUrl + "/notifications"));
            }
        }
        if (choices.smsOn()) {
            mail.sendText(account, choices.phone(), () -> t("notification.sms.news", baseUrl + "/notifications"));
        }
    }

    /** Writes a text to the outbox; it is sent after the current transaction commits. */
    void queueText(long account, String phone, String text) {
        mail.sendText(account, phone, text);
    }

    private PortalUser person(long accountId) {
        try {
            return identity.reload(accountId);
        } catch (NoSuchElementException e) {
            log.warn("Notification for account {}: no such account, no e-mail", accountId);
            return null;
        }
    }
}
