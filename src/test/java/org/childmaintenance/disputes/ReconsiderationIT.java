package org.childmaintenance.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.DecisionKind;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerViews;
import org.childmaintenance.ledger.NightlyRun;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Mandatory reconsideration end to end on MariaDB: one per decision with the other parent invited
 * (never shown the first parent's reasons), casework's outcomes, the ledger corrected to the penny
 * for instalments already due, the notice in Documents, and the appeal.
 */
@PortalTest
class ReconsiderationIT {
    static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes();

    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired ReconsiderationService service;
    @Autowired ReconsiderationCasework casework;
    @Autowired ReconsiderationNotices notices;
    @Autowired LedgerQueries ledger;
    @Autowired NightlyRun nightly;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    /** £500 a week, one child, monthly: £60.00 a week, £260.00 a month; two months fall due unpaid. */
    private CaseFixtures.Linked decidedWithTwoMonthsDue() {
        LocalDate today = LocalDate.now(clock);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Rae", today.minusYears(6))), ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        return c;
    }

    private void twoInstalmentsFallDue(CaseFixtures.Linked c) {
        List<LocalDate> due = ledger.casePayments(c.caseId()).rows().stream().map(LedgerViews.ScheduleRow::dueDate).toList();
        setToday(due.get(1).plusDays(3));
        LedgerFixture.asSystem(() -> nightly.run(due.get(1)));
    }

    private long ask(CaseFixtures.Linked c, String details) {
        fx.signIn(c.payingEmail());
        return service.ask(c.caseId(), new ReconsiderationService.Request(null, Set.of(ChallengeReason.INCOME), details, null,
                List.of(new ReconsiderationService.Upload("payslip.pdf", PDF))));
    }

    @Test
    void a_revision_that_lowers_the_amount_credits_the_paying_parent_against_arrears_to_the_penny() {
        CaseFixtures.Linked c = decidedWithTwoMonthsDue();
        assertThat(ledger.casePayments(c.caseId()).rows().getFirst().amount()).isEqualByComparingTo("260.00");
        long id = ask(c, "My pay is £400 a week, not £500");
        twoInstalmentsFallDue(c);
        fx.signIn(c.payingEmail());
        assertThat(ledger.casePayments(c.caseId()).arrears()).isEqualByComparingTo("520.00");

        fx.signInCaseworker();
        casework.startReview(id);
        BigDecimal adjustment = casework.revise(id, new BigDecimal("400.00"), "Payslips show £400 a week");

        // £48.00 a week = £208.00 a month: £52.00 less for each of the two months already due
        assertThat(adjustment).isEqualByComparingTo("-104.00");
        fx.signIn(c.payingEmail());
        LedgerViews.CasePayments view = ledger.casePayments(c.caseId());
        assertThat(view.arrears()).isEqualByComparingTo("416.00");
        assertThat(cases.myCase(c.caseId()).decision().weeklyAmount()).isEqualByComparingTo("48.00");
        assertThat(view.rows().get(2).amount()).as("future instalments at the revised amount").isEqualByComparingTo("208.00");
        ReconsiderationService.StatusView status = service.myReconsiderations(c.caseId()).getFirst();
        assertThat(status.status()).isEqualTo(ReconsiderationStatus.DECIDED);
        assertThat(status.outcome()).isEqualTo("REVISED");
        assertThat(status.lastDayToAppeal()).isEqualTo(status.noticeDate().plusMonths(1));
    }

    @Test
    void a_revision_that_raises_the_amount_adds_the_right_arrears() {
        CaseFixtures.Linked c = decidedWithTwoMonthsDue();
        long id = ask(c, "Something else is wrong");
        twoInstalmentsFallDue(c);

        fx.signInCaseworker();
        BigDecimal adjustment = casework.revise(id, new BigDecimal("600.00"), "HMRC shows £600 a week");

        // £72.00 a week = £312.00 a month: £52.00 more for each of the two months already due
        assertThat(adjustment).isEqualByComparingTo("104.00");
        fx.signIn(c.receivingEmail());
        assertThat(ledger.casePayments(c.caseId()).totalDue()).isEqualByComparingTo("624.00");
        // the extra is owed from the day of the revision: overdue (arrears) from the next day
        setToday(LocalDate.now(clock).plusDays(1));
        assertThat(ledger.casePayments(c.caseId()).arrears()).isEqualByComparingTo("624.00");
    }

    @Test
    void the_other_parent_is_invited_sees_no_reasons_and_adds_their_own_points() {
        CaseFixtures.Linked c = decidedWithTwoMonthsDue();
        long id = ask(c, "SECRET-REASON my pay went down");

        fx.signIn(c.receivingEmail());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_notification n JOIN account a ON a.id = n.account_id "
                + "WHERE a.email = ? AND n.message_key = 'disputes.notify.otherAsked'", Long.class, c.receivingEmail()))
                .isEqualTo(1);
        ReconsiderationService.StatusView seen = service.myReconsiderations(c.caseId()).getFirst();
        assertThat(seen.askedByMe()).isFalse();
        assertThat(seen.canAddPoints()).isTrue();
        assertThat(seen.toString()).doesNotContain("SECRET-REASON").doesNotContain("payslip");
        assertThatThrownBy(() -> service.ask(c.caseId(), new ReconsiderationService.Request(null,
                Set.of(ChallengeReason.CHILDREN), "me too", null, List.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::message).contains("disputes.error.otherAsked"));

        service.addPoints(c.caseId(), id, Set.of(ChallengeReason.SOMETHING_ELSE), "He has a second job", List.of());
        assertThat(service.myReconsiderations(c.caseId()).getFirst().canAddPoints()).isFalse();

        fx.signInCaseworker();
        ReconsiderationCasework.Detail d = casework.detail(id);
        assertThat(d.points()).hasSize(2);
        assertThat(d.points().getFirst().evidence()).hasSize(1);
        assertThat(casework.evidenceFile(id, d.points().getFirst().evidence().getFirst().id())).isEqualTo(PDF);
        assertThat(casework.queue()).extracting(ReconsiderationCasework.QueueItem::id).contains(id);

        casework.notRevise(id, "The income used was right");
        fx.signIn(c.receivingEmail());
        assertThat(notices.documents(c.caseId())).hasSize(1);
        byte[] pdf = notices.open(c.caseId(), notices.documents(c.caseId()).getFirst().key()).bytes();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(service.myReconsiderations(c.caseId()).getFirst().outcomeReasons()).isEqualTo("The income used was right");
    }

    @Test
    void a_late_request_needs_a_reason_and_wrong_evidence_is_refused() {
        CaseFixtures.Linked c = decidedWithTwoMonthsDue();
        fx.signIn(c.payingEmail());
        ReconsiderationService.Request notAPdf = new ReconsiderationService.Request(null, Set.of(ChallengeReason.INCOME),
                "wrong", null, List.of(new ReconsiderationService.Upload("x.exe", "MZ-not-a-pdf".getBytes())));
        assertThat(service.check(c.caseId(), notAPdf)).extracting(UserFacingException.FieldError::field).contains("attachment");

        setToday(LocalDate.now(clock).plusDays(45));
        assertThat(service.isLate(c.caseId(), null)).isTrue();
        ReconsiderationService.Request late = new ReconsiderationService.Request(null, Set.of(ChallengeReason.INCOME),
                "wrong", null, List.of());
        assertThat(service.check(c.caseId(), late)).extracting(UserFacingException.FieldError::field).containsExactly("lateReason");
        long id = service.ask(c.caseId(), new ReconsiderationService.Request(null, Set.of(ChallengeReason.INCOME), "wrong",
                "I was in hospital", List.of()));
        fx.signInCaseworker();
        assertThat(casework.detail(id).lateReason()).isEqualTo("I was in hospital");
    }

    @Test
    void an_appeal_is_recorded_after_the_notice_and_an_allowed_appeal_makes_a_new_decision() {
        CaseFixtures.Linked c = decidedWithTwoMonthsDue();
        long id = ask(c, "wrong");
        fx.signIn(c.payingEmail());
        assertThatThrownBy(() -> service.recordAppeal(c.caseId(), id, LocalDate.now(clock), "SC123/26/00001"))
                .isInstanceOf(UserFacingException.class);
        fx.signInCaseworker();
        casework.notRevise(id, "Right first time");
        fx.signIn(c.payingEmail());
        service.recordAppeal(c.caseId(), id, LocalDate.now(clock), "SC123/26/00001");
        fx.signInCaseworker();
        casework.recordAppealOutcome(id, ReconsiderationCasework.AppealResult.ALLOWED, new BigDecimal("400.00"));
        fx.signIn(c.payingEmail());
        assertThat(cases.myCase(c.caseId()).decision().weeklyAmount()).isEqualByComparingTo("48.00");
        assertThat(service.myReconsiderations(c.caseId()).getFirst().appealOutcome()).isEqualTo("ALLOWED");
    }

    @Test
    void a_revision_then_an_allowed_appeal_corrects_only_what_is_still_wrong() {
        CaseFixtures.Linked c = decidedWithTwoMonthsDue();
        long id = ask(c, "wrong");
        twoInstalmentsFallDue(c);
        fx.signInCaseworker();
        assertThat(casework.revise(id, new BigDecimal("400.00"), "Payslips")).isEqualByComparingTo("-104.00");
        fx.signIn(c.payingEmail());
        service.recordAppeal(c.caseId(), id, LocalDate.now(clock), "SC123/26/00002");
        fx.signInCaseworker();
        // the tribunal finds £600 a week: £312.00 a month, £52.00 more than first charged for each month due
        BigDecimal second = casework.recordAppealOutcome(id, ReconsiderationCasework.AppealResult.ALLOWED,
                new BigDecimal("600.00"));
        assertThat(second).isEqualByComparingTo("208.00");
        fx.signIn(c.payingEmail());
        setToday(LocalDate.now(clock).plusDays(1));
        assertThat(ledger.casePayments(c.caseId()).arrears()).as("two months at £312.00").isEqualByComparingTo("624.00");
    }

    @Test
    void a_revision_corrects_the_other_children_and_an_allowed_appeal_the_shared_care_nights() {
        CaseFixtures.Linked c = decidedWithTwoMonthsDue();
        fx.signIn(c.payingEmail());
        long id = service.ask(c.caseId(), new ReconsiderationService.Request(null,
                Set.of(ChallengeReason.OTHER_CHILDREN, ChallengeReason.SHARED_CARE),
                "My stepson lives with me and Rae stays two nights a week", null, List.of()));
        twoInstalmentsFallDue(c);

        fx.signInCaseworker();
        assertThat(casework.detail(id).disputed()).containsExactlyInAnyOrder(ChallengeReason.OTHER_CHILDREN,
                ChallengeReason.SHARED_CARE);
        Revision.Circumstances used = casework.circumstances(id);
        assertThat(used.grossWeeklyIncome()).isEqualByComparingTo("500.00");
        assertThat(used.relevantOtherChildren()).isZero();
        assertThat(used.children()).singleElement().satisfies(k -> assertThat(k.nights()).isZero());
        long child = used.children().getFirst().childId();
        assertThatThrownBy(() -> casework.revise(id, new Revision.Corrections(new BigDecimal("500.00"), 0, 0,
                Map.of(child, 0)), "Nothing changes"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field).containsExactly("corrections"));
        assertThatThrownBy(() -> casework.revise(id, new Revision.Corrections(null, 21, null, Map.of(child, 366)), "x"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field)
                        .containsExactly("relevantOtherChildren", "nights-" + child));

        BigDecimal adjustment = casework.revise(id, new Revision.Corrections(null, 1, null, Map.of()),
                "A stepchild lives with the paying parent");
        // One relevant other child takes 11% off: £445.00 x 12% = £53.40 a week = £231.40 a month,
        // £28.60 less for each of the two months already due.
        assertThat(adjustment).isEqualByComparingTo("-57.20");
        fx.signIn(c.payingEmail());
        CaseService.DecisionView revised = cases.myCase(c.caseId()).decision();
        assertThat(revised.kind()).isEqualTo(DecisionKind.REVISION);
        assertThat(revised.reason()).isEqualTo("Revised after a mandatory reconsideration");
        assertThat(revised.weeklyAmount()).isEqualByComparingTo("53.40");
        assertThat(revised.relevantOtherChildren()).isEqualTo(1);
        assertThat(ledger.casePayments(c.caseId()).arrears()).isEqualByComparingTo("462.80");
        ReconsiderationService.StatusView status = service.myReconsiderations(c.caseId()).getFirst();
        assertThat(status.newWeeklyAmount()).isEqualByComparingTo("53.40");
        ReconsiderationService.DecisionItem newest = service.decisions(c.caseId()).getFirst();
        assertThat(newest.fromReconsideration()).as("the next step for a revised decision is an appeal").isTrue();
        assertThat(service.check(c.caseId(), new ReconsiderationService.Request(newest.decisionId(),
                Set.of(ChallengeReason.INCOME), "again", null, List.of())))
                .extracting(UserFacingException.FieldError::message).contains("disputes.error.appealInstead");

        service.recordAppeal(c.caseId(), id, LocalDate.now(clock), "SC123/26/00003");
        fx.signInCaseworker();
        BigDecimal more = casework.recordAppealOutcome(id, ReconsiderationCasework.AppealResult.ALLOWED,
                new Revision.Corrections(null, null, null, Map.of(child, 104)));
        assertThat(more.signum()).as("shared care lowers the amount again").isNegative();
        fx.signIn(c.payingEmail());
        CaseService.DecisionView appealed = cases.myCase(c.caseId()).decision();
        assertThat(appealed.sharedCareNights()).contains(": 104");
        assertThat(appealed.relevantOtherChildren()).as("the earlier correction stays").isEqualTo(1);
        assertThat(appealed.weeklyAmount()).isLessThan(new BigDecimal("53.40"));
        assertThat(appealed.reason()).isEqualTo("Changed after the tribunal allowed an appeal");
    }

    @Test
    void the_other_parent_has_fourteen_days_to_add_points_then_the_window_closes() {
        CaseFixtures.Linked c = decidedWithTwoMonthsDue();
        LocalDate asked = LocalDate.now(clock);
        long id = ask(c, "My pay went down");
        fx.signIn(c.receivingEmail());
        setToday(asked.plusDays(14));
        assertThat(service.myReconsiderations(c.caseId()).getFirst().canAddPoints()).as("the 14th day").isTrue();
        setToday(asked.plusDays(15));
        ReconsiderationService.StatusView seen = service.myReconsiderations(c.caseId()).getFirst();
        assertThat(seen.canAddPoints()).isFalse();
        assertThat(seen.pointsClosed()).isTrue();
        assertThatThrownBy(() -> service.addPoints(c.caseId(), id, Set.of(ChallengeReason.SOMETHING_ELSE), "Too late",
                List.of())).isInstanceOf(UserFacingException.class).hasMessage("disputes.error.pointsClosed");
        fx.signInCaseworker();
        assertThat(casework.detail(id).points()).hasSize(1);
    }

    @Test
    void a_stranger_cannot_see_or_ask_and_casework_pages_refuse_parents() {
        CaseFixtures.Linked c = decidedWithTwoMonthsDue();
        long id = ask(c, "wrong");
        fx.signIn(fx.newParent("stranger"));
        assertThatThrownBy(() -> service.decisions(c.caseId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addPoints(c.caseId(), id, Set.of(ChallengeReason.INCOME), "x", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notices.documents(c.caseId())).isInstanceOf(AccessDeniedException.class);
        fx.signIn(c.receivingEmail());
        assertThatThrownBy(() -> casework.detail(id)).isInstanceOf(AccessDeniedException.class);
    }

    private void setToday(LocalDate day) {
        clock.set(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
