package org.childmaintenance.outreach;

import org.childmaintenance.base.Texts;
import org.childmaintenance.notices.NotificationKind;
import org.childmaintenance.notices.Notify;
import org.childmaintenance.notification.NotificationService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the person about their request: a signed-in parent through a notice (the bell, and an e-mail that
 * only says there is news); a visitor who gave an e-mail address by an e-mail with the reference and, while
 * the request is open, the private link to check or cancel it. No e-mail repeats the phone number, the
 * times or the answer about leaving messages (UX.md §4: nothing reveals safety answers).
 */
@Component
class OutreachNotices {
    static final String MY_REQUESTS = "talk-to-someone/requests";
    private final Notify notify;
    private final NotificationService mail;
    private final String baseUrl;

    OutreachNotices(Notify notify, NotificationService mail, @Value("${portal.base-url}") String baseUrl) {
        this.notify = notify;
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A request was made: the reference, and for a visitor the link (null when no token was given). */
    void received(HelpRequest r, @Nullable Centre centre, @Nullable String token) {
        if (r.accountId() != null) {
            notify.send(r.accountId(), NotificationKind.APPOINTMENT, r.kind() == RequestKind.APPOINTMENT
                    ? "outreach.notify.booked" : "outreach.notify.callBack", MY_REQUESTS);
        } else if (r.email() != null && token != null) {
            String link = manageLink(token);
            if (r.kind() == RequestKind.APPOINTMENT && centre != null) {
                mail.sendMail(r.email(), Texts.t("mail.outreach.booked.subject", r.reference()),
                        Texts.t("mail.outreach.booked.body", r.fullName(), centre.name(), centre.address(),
                                when(r), r.reference(), link));
            } else {
                mail.sendMail(r.email(), Texts.t("mail.outreach.callBack.subject", r.reference()),
                        Texts.t("mail.outreach.callBack.body", r.fullName(), r.reference(), link));
            }
        }
    }

    /** A request was cancelled (by the person, from their page or their link). */
    void cancelled(HelpRequest r) {
        if (r.accountId() != null) {
            notify.send(r.accountId(), NotificationKind.APPOINTMENT, "outreach.notify.cancelled", MY_REQUESTS);
        } else if (r.email() != null) {
            String what = r.kind() == RequestKind.APPOINTMENT && r.appointmentDate() != null
                    ? Texts.t("mail.outreach.cancelled.appointment", when(r))
                    : Texts.t("mail.outreach.cancelled.callBack");
            mail.sendMail(r.email(), Texts.t("mail.outreach.cancelled.subject", r.reference()),
                    Texts.t("mail.outreach.cancelled.body", r.fullName(), what, r.reference()));
        }
    }

    String manageLink(String token) {
        return baseUrl + "/talk-to-someone/manage?token=" + token;
    }

    private static String when(HelpRequest r) {
        return r.appointmentDate() == null || r.appointmentTime() == null || r.appointmentMinutes() == null ? ""
                : Times.slot(r.appointmentDate(), r.appointmentTime(), r.appointmentMinutes());
    }
}
