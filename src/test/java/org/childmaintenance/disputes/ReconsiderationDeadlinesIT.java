package org.childmaintenance.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.notices.DeadlineJob;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * LC-14.2/14.5 with the clock moved: both parents are reminded seven days before the last day to ask
 * for a reconsideration (decision date + 30 days), once, and not at all once one was asked for or
 * after the window closed.
 */
@PortalTest
class ReconsiderationDeadlinesIT {
    static final String WINDOW = "notification.msg.reconsiderationWindow";
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired ReconsiderationService service;
    @Autowired IdentityService identity;
    @Autowired ApplicationContext ctx;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private void setToday(LocalDate day) {
        clock.set(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /** A case decided today (by the test clock). */
    private CaseFixtures.Linked decided() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Noa", LocalDate.now(clock).minusYears(7))),
                ServiceType.DIRECT_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("450", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        SecurityContextHolder.clearContext();
        return c;
    }

    private int notices(String email) {
        return DeadlineJob.noticesOf(jdbc, identity.findAccountId(email).orElseThrow(), WINDOW);
    }

    @Test
    void both_parents_are_reminded_seven_days_before_the_window_closes_once() {
        LocalDate decidedOn = LocalDate.now(clock);
        CaseFixtures.Linked c = decided();

        setToday(decidedOn.plusDays(22));
        DeadlineJob.run(ctx);
        assertThat(notices(c.payingEmail()) + notices(c.receivingEmail())).as("eight days before: not yet").isZero();
        setToday(decidedOn.plusDays(23));
        DeadlineJob.run(ctx);
        DeadlineJob.run(ctx);
        setToday(decidedOn.plusDays(30));
        DeadlineJob.run(ctx);
        assertThat(notices(c.payingEmail())).isEqualTo(1);
        assertThat(notices(c.receivingEmail())).isEqualTo(1);
        assertThat(DeadlineJob.linksOf(jdbc, identity.findAccountId(c.payingEmail()).orElseThrow(), WINDOW))
                .containsExactly("disputes/case/" + c.caseId());
    }

    @Test
    void no_reminder_once_a_reconsideration_was_asked_for_or_after_the_last_day() {
        LocalDate decidedOn = LocalDate.now(clock);
        CaseFixtures.Linked asked = decided();
        CaseFixtures.Linked missed = decided();
        fx.signIn(asked.payingEmail());
        service.ask(asked.caseId(), new ReconsiderationService.Request(null, Set.of(ChallengeReason.INCOME),
                "My pay is lower than that", null, List.of()));
        SecurityContextHolder.clearContext();

        setToday(decidedOn.plusDays(31));
        DeadlineJob.run(ctx);
        assertThat(notices(missed.payingEmail()) + notices(missed.receivingEmail())).as("the window has closed").isZero();
        assertThat(notices(asked.payingEmail()) + notices(asked.receivingEmail())).isZero();

        // control: inside the window the case nobody challenged is reminded, the challenged one still is not
        setToday(decidedOn.plusDays(25));
        DeadlineJob.run(ctx);
        assertThat(notices(missed.payingEmail())).isEqualTo(1);
        assertThat(notices(asked.payingEmail()) + notices(asked.receivingEmail())).isZero();
    }
}
