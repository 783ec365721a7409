package org.childmaintenance.notices;

import static org.childmaintenance.base.Texts.t;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
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
        if (wantsEmail(account, n.kind(), choices)) {
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

    /**
     * What {@link #on(NotificationCreated)} does, for many notices of one kind at once inside the caller's
     * transaction (each person's choices, flag and address looked up once): the e-mails are queued in batches
     * ({@link NotificationService#queueMails}), each in its recipient's language; texts go one by one.
     */
    void dispatchAll(List<Long> accountIds, NotificationKind kind) {
        Map<Long, NotificationSettings> choicesOf = new HashMap<>();
        settings.findAllById(new HashSet<>(accountIds)).forEach(s -> choicesOf.put(s.accountId(), s));
        Map<Long, Optional<String>> emailOf = new HashMap<>();
        List<String> recipients = new ArrayList<>();
        for (long account : accountIds) {
            NotificationSettings choices = choicesOf.computeIfAbsent(account, NotificationSettings::new);
            emailOf.computeIfAbsent(account, a -> wantsEmail(a, kind, choices)
                    ? Optional.ofNullable(person(a)).map(PortalUser::email) : Optional.empty())
                    .ifPresent(recipients::add);
            if (choices.smsOn()) {
                mail.sendText(account, choices.phone(), () -> t("notification.sms.news", baseUrl + "/notifications"));
            }
        }
        mail.queueMails(recipients, () -> t("notification.mail.subject"),
                () -> t("notification.mail.body", baseUrl + "/notifications"));
    }

    /** E-mail only for the kinds the person wants, and to a flagged person only once they confirmed the channel. */
    private boolean wantsEmail(long account, NotificationKind kind, NotificationSettings choices) {
        boolean flagged = safetyFlags.orderedStream().anyMatch(f -> f.hasSafetyFlag(account));
        return choices.emailKinds().contains(kind) && (!flagged || choices.emailConfirmed());
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
