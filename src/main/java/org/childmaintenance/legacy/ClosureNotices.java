package org.childmaintenance.legacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.TimeConfig;
import org.childmaintenance.ledger.LegacyArrearsLedger;
import org.childmaintenance.legacy.LegacyTypes.Delivery;
import org.childmaintenance.legacy.LegacyTypes.LetterKind;
import org.childmaintenance.legacy.LegacyTypes.NextStep;
import org.childmaintenance.legacy.LegacyTypes.Role;
import org.childmaintenance.legacy.LegacyTypes.Stage;
import org.childmaintenance.notices.NotificationKind;
import org.childmaintenance.notices.Notify;
import org.childmaintenance.notification.NotificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The closure job: for each case with a liability end date it sends the 6-month notice (6 months
 * before), the 1-month reminder (1 month before) and the confirmation (the day after it ends), each a
 * PDF letter in both parents' Documents plus a notice in their account, an e-mail to the address the
 * old scheme had, or a letter for casework to post. Then it moves arrears of ended cases into the
 * ledger. One letter of each kind per parent (a unique key), one transaction per case, one node at a
 * time (ShedLock): a run can be repeated or resumed and sends nothing twice; a missed day is caught up.
 */
@Component
public class ClosureNotices {
    static final String PAGE = "old-scheme-case";
    private static final Logger log = LoggerFactory.getLogger(ClosureNotices.class);
    private static final List<Stage> OPEN = List.of(Stage.NOTICE_DUE, Stage.NOTICE_SENT, Stage.REMINDER_SENT);
    private final LegacyCaseRepository cases;
    private final LegacyPartyRepository parties;
    private final LegacyLetterRepository letters;
    private final Notify notify;
    private final NotificationService mail;
    private final LegacyArrearsLedger ledger;
    private final AuditService audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String baseUrl;

    ClosureNotices(LegacyCaseRepository cases, LegacyPartyRepository parties, LegacyLetterRepository letters,
                   Notify notify, NotificationService mail, LegacyArrearsLedger ledger, AuditService audit,
                   PlatformTransactionManager transactions, Clock clock, @Value("${portal.base-url}") String baseUrl) {
        this.cases = cases;
        this.parties = parties;
        this.letters = letters;
        this.notify = notify;
        this.mail = mail;
        this.ledger = ledger;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** What a run did: letters sent per kind (one per parent) and arrears moved into the ledger. */
    public record Result(LocalDate day, int notices, int reminders, int confirmations, int arrearsMoved) {
    }

    /** Hourly, so an end date set exactly 6 months ahead still gets its notice the same day. */
    @Scheduled(cron = "${portal.legacy.closure-cron:0 20 * * * *}", zone = TimeConfig.ZONE_NAME)
    @SchedulerLock(name = "legacy-closure-notices", lockAtMostFor = "PT50M", lockAtLeastFor = "PT1M")
    public void scheduled() {
        run();
    }

    /** Sends what is due today (from the clock) and moves ended cases' arrears. Safe to repeat. */
    public Result run() {
        return run(LocalDate.now(clock));
    }

    /** As {@link #run()}, for {@code today} (the demo data tells the story day by day). */
    Result run(LocalDate today) {
        int[] sent = new int[LetterKind.values().length];
        // a few days' slack: "6 months before" the 31st can fall on the 28th; each letter's own date is checked below
        LocalDate endingBy = today.plusMonths(ClosureProgramme.NOTICE_MONTHS).plusDays(4);
        List<Long> due = tx.execute(s -> cases.findIdsInStagesEndingBy(OPEN, endingBy));
        for (long id : due) {
            try {
                tx.executeWithoutResult(s -> sendDue(id, today, sent));
            } catch (RuntimeException e) {
                log.error("Old-scheme closure letters failed for case {}", id, e);
            }
        }
        int moved = 0;
        for (long id : tx.execute(s -> cases.findEndedWithArrearsNotMoved())) {
            try {
                moved += Boolean.TRUE.equals(tx.execute(s -> moveArrears(id, today))) ? 1 : 0;
            } catch (RuntimeException e) {
                log.error("Old-scheme arrears could not move for case {}", id, e);
            }
        }
        Result r = new Result(today, sent[0], sent[1], sent[2], moved);
        if (r.notices() + r.reminders() + r.confirmations() + moved > 0) {
            audit.record("LEGACY_CLOSURE_RUN", "legacy-day", today.toString(), r.toString());
        }
        log.info("Old-scheme closure run for {}: {}", today, r);
        return r;
    }

    private void sendDue(long caseId, LocalDate today, int[] sent) {
        LegacyCase c = cases.findById(caseId).orElseThrow();
        if (c.liabilityEndDate == null) {
            return;
        }
        List<LegacyParty> both = parties.findByLegacyCaseIdOrderByRoleAsc(caseId);
        for (LetterKind kind : LetterKind.values()) {
            if (kind.sendOn(c.liabilityEndDate).isAfter(today)) {
                break;
            }
            for (LegacyParty p : both) {
                if (!letters.existsByPartyIdAndKind(p.id, kind)) {
                    send(c, p, kind, today);
                    sent[kind.ordinal()]++;
                }
            }
            if (c.stage.ordinal() < kind.stageAfter().ordinal()) {
                c.stage = kind.stageAfter();
            }
        }
    }

    private void send(LegacyCase c, LegacyParty p, LetterKind kind, LocalDate today) {
        Delivery delivery = p.accountId != null ? Delivery.PORTAL : p.email != null ? Delivery.EMAIL : Delivery.POST;
        letters.save(new LegacyLetter(c, p, kind, today, delivery, clock.instant()));
        switch (delivery) {
            case PORTAL -> notify.send(p.accountId, NotificationKind.DOCUMENT, "legacy.notice." + kind.name(), PAGE);
            case EMAIL -> mail(p);
            case POST -> { } // casework's "Letters to post" list
        }
        audit.record("LEGACY_LETTER_SENT", "legacy-case", c.legacyReference, kind + " to " + p.role + " by " + delivery);
    }

    /**
     * The e-mail to a parent with no account, in the language the old scheme recorded for them; in Welsh and then
     * English when it recorded none (issue 17: we cannot tell where they live, so nobody in Wales gets English only).
     */
    private void mail(LegacyParty p) {
        String register = baseUrl + "/register";
        String page = baseUrl + "/" + PAGE;
        Optional<Language> known = p.knownLanguage();
        if (known.isPresent()) {
            Language l = known.get();
            mail.sendMail(p.email, Texts.t(l, "mail.legacy.subject"), Texts.t(l, "mail.legacy.body", p.fullName, register, page));
            return;
        }
        mail.sendMail(p.email, Texts.t(Language.WELSH, "mail.legacy.subject") + " / " + Texts.t(Language.ENGLISH, "mail.legacy.subject"),
                Texts.t(Language.WELSH, "mail.legacy.body", p.fullName, register, page) + "\n\n----------\n\n"
                        + Texts.t(Language.ENGLISH, "mail.legacy.body", p.fullName, register, page));
    }

    /**
     * The ended case's arrears move into the ledger of a new-scheme case between the same parents (the one
     * applied for from this case if there is one). Both parents must have found their case online.
     */
    private boolean moveArrears(long caseId, LocalDate today) {
        LegacyCase c = cases.findById(caseId).orElseThrow();
        if (!c.arrearsToMove()) {
            return false;
        }
        List<LegacyParty> both = parties.findByLegacyCaseIdOrderByRoleAsc(caseId);
        LegacyParty paying = both.stream().filter(p -> p.role == Role.PAYING).findFirst().orElseThrow();
        LegacyParty receiving = both.stream().filter(p -> p.role == Role.RECEIVING).findFirst().orElseThrow();
        if (paying.accountId == null || receiving.accountId == null) {
            return false;
        }
        String applied = both.stream().filter(p -> p.nextStep == NextStep.APPLY && p.nextStepDetail != null)
                .map(p -> p.nextStepDetail).findFirst().orElse(null);
        return ledger.moveIn(c.legacyReference, paying.accountId, receiving.accountId, c.arrearsBalance, today, applied)
                .map(placed -> {
                    c.arrearsMovedAt = clock.instant();
                    c.arrearsCaseReference = placed.caseReference();
                    audit.record("LEGACY_ARREARS_MOVED", "legacy-case", c.legacyReference, placed.caseReference());
                    return true;
                }).orElse(false);
    }
}
