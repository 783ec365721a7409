package org.childmaintenance.identity;

import org.childmaintenance.base.Texts;
import org.childmaintenance.notification.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** E-mails the identity feature sends (texts are translation keys, written in the recipient's language) and the links they carry. */
@Component
class IdentityMail {
    private final NotificationService notifications;
    private final String baseUrl;

    IdentityMail(NotificationService notifications, @Value("${portal.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An absolute link to a path of the portal, e.g. {@code link("/sign-in")}. */
    String link(String path) {
        return baseUrl + path;
    }

    void send(String to, String subjectKey, String bodyKey, Object... bodyArgs) {
        notifications.sendMail(to, () -> Texts.t(subjectKey), () -> Texts.t(bodyKey, bodyArgs));
    }
}
