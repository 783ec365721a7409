package org.childmaintenance.options;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.TimeConfig;
import org.childmaintenance.notification.NotificationService;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily job: e-mails both parents of each confirmed family-based arrangement whose review date is
 * within {@value ArrangementService#REVIEW_REMINDER_DAYS} days, once per arrangement. The pages show
 * a banner over the same period. One node at a time (ShedLock).
 */
@Component
class ArrangementReviewReminders {
    private final FamilyArrangementRepository arrangements;
    private final NotificationService notifications;
    private final AuditService audit;
    private final Clock clock;
    private final String baseUrl;

    ArrangementReviewReminders(FamilyArrangementRepository arrangements, NotificationService notifications,
                               AuditService audit, Clock clock, @Value("${portal.base-url}") String baseUrl) {
        this.arrangements = arrangements;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(cron = "${portal.arrangements.review-reminder-cron:0 0 7 * * *}", zone = TimeConfig.ZONE_NAME)
    @SchedulerLock(name = "arrangementReviewReminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void run() {
        sendDueReminders();
    }

    /** @return how many arrangements were reminded */
    @Transactional
    int sendDueReminders() {
        LocalDate today = LocalDate.now(clock);
        List<FamilyArrangement> due = arrangements.findByStatusAndReviewDateLessThanEqualAndReviewReminderSentAtIsNull(
                Status.CONFIRMED, today.plusDays(ArrangementService.REVIEW_REMINDER_DAYS));
        for (FamilyArrangement a : due) {
            String link = baseUrl + "/arrangement/" + a.id;
            notifications.sendMail(a.creatorEmail, () -> Texts.t("mail.arrangementReview.subject"),
                    () -> Texts.t("mail.arrangementReview.body", a.creatorName, Display.date(a.reviewDate), link));
            if (a.otherEmail != null) {
                notifications.sendMail(a.otherEmail, () -> Texts.t("mail.arrangementReview.subject"),
                        () -> Texts.t("mail.arrangementReview.body", a.otherName, Display.date(a.reviewDate), link));
            }
            a.reviewReminderSentAt = clock.instant();
            audit.record("ARRANGEMENT_REVIEW_REMINDER_SENT", "arrangement", a.id.toString(), "review " + a.reviewDate);
        }
        return due.size();
    }
}
