package org.childmaintenance.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.childmaintenance.cases.CaseFixtures.Kid;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The case from application to annual review, on MariaDB, through the public service. */
@PortalTest
class CaseLifecycleIT {
    @Autowired CaseService cases;
    @Autowired CaseFixtures fx;
    @Autowired AnnualReview review;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
    }

    @Test
    void application_creates_a_case_with_a_121_reference_and_invites_the_other_parent() {
        String rp = fx.newParent("apply");
        String pp = TestAccounts();
        fx.signIn(rp);
        CaseService.Submitted sent = fx.apply(CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, pp, ServiceType.DIRECT_PAY,
                List.of(CaseFixtures.kid("Ava", today().minusYears(7)))));

        assertThat(sent.reference()).matches("121\\d{9}");
        CaseService.CaseOverview mine = cases.myCase(sent.caseId());
        assertThat(mine.status()).isEqualTo(CaseStatus.FINDING_OTHER_PARENT);
        assertThat(mine.myRole()).isEqualTo(PartyRole.RECEIVING);
        assertThat(mine.otherParentName()).isEqualTo("Other Person");
        assertThat(fx.codeMailedTo(pp)).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(cases.hasDraft()).isFalse();
    }

    private static String TestAccounts() {
        return org.childmaintenance.support.TestAccounts.uniqueEmail("other");
    }

    @Test
    void a_second_application_by_a_parent_already_on_the_childs_case_is_refused() {
        Kid kid = CaseFixtures.kid("Ben", today().minusYears(5));
        String first = fx.newParent("first");
        fx.signIn(first);
        fx.apply(CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, null, ServiceType.DIRECT_PAY, List.of(kid)));
        fx.signIn(first);
        ApplicationDraft again = CaseFixtures.draft(ApplicantType.PAYING_PARENT, null, ServiceType.DIRECT_PAY,
                List.of(new Kid(kid.name().toUpperCase(), kid.dateOfBirth())));

        assertThatThrownBy(() -> fx.apply(again)).isInstanceOf(CaseService.DuplicateApplicationException.class);
    }

    @Test
    void linking_as_paying_parent_gives_notice_and_the_details_make_a_decision_with_a_schedule() throws Exception {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Cal", today().minusYears(8))), ServiceType.DIRECT_PAY);
        CaseService.CaseOverview before = cases.myCase(c.caseId());
        assertThat(before.status()).isEqualTo(CaseStatus.AWAITING_DETAILS);
        assertThat(before.canGiveDetails()).isTrue();

        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));

        CaseService.CaseOverview after = cases.myCase(c.caseId());
        assertThat(after.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(after.decision().weeklyAmount()).isEqualByComparingTo("59.84");
        assertThat(after.decision().effectiveDate()).isEqualTo(today().plusDays(1));
        assertThat(after.schedule()).hasSize(12);
        assertThat(after.schedule().getFirst().amount()).isEqualByComparingTo("259.31");
        BigDecimal year = after.schedule().stream().map(CaseService.InstalmentView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(year).isEqualByComparingTo(new BigDecimal("59.84").multiply(BigDecimal.valueOf(52)));
        assertThat(after.reviewDate()).isEqualTo(today().plusDays(1).plusYears(1));

        fx.signIn(c.receivingEmail());
        CaseService.CaseOverview rpView = cases.myCase(c.caseId());
        assertThat(rpView.decision().weeklyAmount()).isEqualByComparingTo("59.84");
        assertThat(rpView.otherParentName()).isEqualTo("pp Parent");
        assertThat(rpView.documents()).hasSize(1);
        byte[] pdf = cases.documentPdf(c.caseId(), rpView.documents().getFirst().id());
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("£59.84").contains(c.reference()).doesNotContain("Acme");
        }

        // each parent gets exactly one notice of the decision (from ScheduleChanged), and one of the linking news
        for (String email : List.of(c.payingEmail(), c.receivingEmail())) {
            await().atMost(Duration.ofSeconds(15)).until(() -> notices(email, "notification.msg.decision") >= 1);
            assertThat(notices(email, "notification.msg.decision")).as("decision notices to " + email).isEqualTo(1);
            assertThat(notices(email, "notification.msg.caseNews")).as("case news notices to " + email).isEqualTo(1);
        }
    }

    private int notices(String email, String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM portal_notification n JOIN account a ON a.id = n.account_id "
                + "WHERE a.email = ? AND n.message_key = ?", Integer.class, email.toLowerCase(), key);
    }

    @Test
    void a_paying_parent_who_disputes_parentage_waits_for_the_caseworker() {
        String rp = fx.newParent("rp");
        String pp = fx.newParent("pp");
        fx.signIn(rp);
        CaseService.Submitted sent = fx.apply(CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, pp, ServiceType.DIRECT_PAY,
                List.of(CaseFixtures.kid("Dee", today().minusYears(3)))));
        fx.signIn(pp);
        cases.acceptInvitation(fx.codeMailedTo(pp), false);
        assertThat(cases.myCase(sent.caseId()).status()).isEqualTo(CaseStatus.PARENTAGE_DISPUTED);

        fx.signInCaseworker();
        assertThat(cases.caseworkQueues().parentage()).extracting(CaseService.CaseworkItem::caseId).contains(sent.caseId());
        cases.resolveParentage(sent.caseId(), CaseService.ParentageOutcome.PRESUMED);

        fx.signIn(pp);
        assertThat(cases.myCase(sent.caseId()).status()).isEqualTo(CaseStatus.AWAITING_DETAILS);
    }

    @Test
    void caseworker_records_the_other_parent_found_and_applies_the_default_rate_when_details_are_late() {
        String rp = fx.newParent("rp");
        fx.signIn(rp);
        CaseService.Submitted sent = fx.apply(CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, null, ServiceType.COLLECT_AND_PAY,
                List.of(CaseFixtures.kid("Eli", today().minusYears(4)), CaseFixtures.kid("Fay", today().minusYears(2)))));
        fx.signInCaseworker();
        assertThat(cases.caseworkQueues().findingOtherParent()).extracting(CaseService.CaseworkItem::caseId).contains(sent.caseId());
        assertThat(cases.invitationLetter(sent.caseId())).isNotEmpty();
        cases.recordOtherParentFound(sent.caseId());
        assertThatThrownBy(() -> cases.applyDefaultRate(sent.caseId())).hasMessage("error.casework.defaultTooEarly");

        clock.advance(Duration.ofDays(15));
        CaseService.DecisionView d = cases.applyDefaultRate(sent.caseId());

        assertThat(d.kind()).isEqualTo(DecisionKind.DEFAULT_RATE);
        assertThat(d.weeklyAmount()).isEqualByComparingTo("51.00");
        assertThat(d.effectiveDate()).isEqualTo(today().minusDays(15).plusDays(2));
    }

    @Test
    void an_income_change_under_25_percent_waits_and_one_over_makes_a_new_decision_from_today() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Gus", today().minusYears(6))), ServiceType.DIRECT_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.WEEKLY,
                fx.nights(c.caseId())));
        assertThat(cases.myCase(c.caseId()).decision().weeklyAmount()).isEqualByComparingTo("60.00");
        clock.advance(Duration.ofDays(10));

        CaseAnswers small = CaseFixtures.employed("550", IncomeFrequency.WEEKLY, null, null);
        small.setHappenedOn(today());
        CaseService.ChangePreview p = cases.previewChange(c.caseId(), ChangeKind.INCOME, small);
        assertThat(p.newDecision()).isFalse();
        assertThat(p.newWeekly()).isEqualByComparingTo("66.00");
        assertThat(p.explanation()).contains("10%");
        cases.reportChange(c.caseId(), ChangeKind.INCOME, small);
        assertThat(cases.myCase(c.caseId()).decision().weeklyAmount()).isEqualByComparingTo("60.00");

        CaseAnswers big = CaseFixtures.employed("700", IncomeFrequency.WEEKLY, null, null);
        big.setHappenedOn(today());
        assertThat(cases.previewChange(c.caseId(), ChangeKind.INCOME, big).newDecision()).isTrue();
        CaseService.ChangeResult r = cases.reportChange(c.caseId(), ChangeKind.INCOME, big);

        assertThat(r.decision().weeklyAmount()).isEqualByComparingTo("84.00");
        assertThat(r.decision().effectiveDate()).isEqualTo(today());
        CaseService.CaseOverview after = cases.myCase(c.caseId());
        assertThat(after.schedule().stream().filter(i -> i.periodStart().equals(today())).findFirst().orElseThrow().amount())
                .isEqualByComparingTo("60.00"); // the rest of the current week by the day: 84 × 5 / 7
        assertThat(after.schedule().stream().filter(i -> i.periodStart().isAfter(today())))
                .allSatisfy(i -> assertThat(i.amount()).isEqualByComparingTo("84.00"));
        assertThat(after.schedule().stream().filter(i -> i.periodEnd().isAfter(today()) && i.periodStart().isBefore(today())).toList())
                .isEmpty();

        fx.signIn(c.receivingEmail());
        CaseService.CaseOverview rp = cases.myCase(c.caseId());
        assertThat(rp.decision().weeklyAmount()).isEqualByComparingTo("84.00");
        assertThat(rp.timeline()).extracting(CaseService.TimelineItem::message).anyMatch(m -> m.contains("£84.00"));
        assertThat(rp.myDetails().employer()).isNull();
    }

    @Test
    void shared_care_change_makes_a_new_decision_with_a_part_period_worked_out_by_the_day() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Hal", today().minusYears(6))), ServiceType.DIRECT_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("600", IncomeFrequency.WEEKLY, PaymentFrequency.FOUR_WEEKLY,
                fx.nights(c.caseId())));
        clock.advance(Duration.ofDays(10)); // 9 days into the first four-week period
        CaseAnswers a = new CaseAnswers();
        a.setNights(fx.nights(c.caseId(), "104"));

        CaseService.ChangeResult r = cases.reportChange(c.caseId(), ChangeKind.SHARED_CARE, a);

        assertThat(r.decision().weeklyAmount()).isEqualByComparingTo("51.43");
        List<CaseService.InstalmentView> schedule = cases.myCase(c.caseId()).schedule();
        assertThat(schedule.get(0).amount()).isEqualByComparingTo("92.57"); // 72 × 9 / 7
        assertThat(schedule.get(1).periodStart()).isEqualTo(today());
        assertThat(schedule.get(1).amount()).isEqualByComparingTo("139.60"); // 51.43 × 19 / 7
        assertThat(schedule.get(2).amount()).isEqualByComparingTo("205.72");
    }

    @Test
    void the_annual_review_issues_a_new_decision_on_the_anniversary_with_the_latest_income() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Ivy", today().minusYears(4))), ServiceType.DIRECT_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        CaseAnswers small = CaseFixtures.employed("560", IncomeFrequency.WEEKLY, null, null);
        small.setHappenedOn(today());
        cases.reportChange(c.caseId(), ChangeKind.INCOME, small); // under 25%: kept for the review
        LocalDate reviewDate = cases.myCase(c.caseId()).reviewDate();

        clock.set(reviewDate.atTime(3, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
        review.run();

        CaseService.CaseOverview after = cases.myCase(c.caseId());
        assertThat(after.decision().kind()).isEqualTo(DecisionKind.ANNUAL_REVIEW);
        assertThat(after.decision().effectiveDate()).isEqualTo(reviewDate);
        assertThat(after.decision().weeklyAmount()).isEqualByComparingTo("67.20");
        assertThat(after.reviewDate()).isEqualTo(reviewDate.plusYears(1));
        assertThat(after.nextPayment().dueDate()).isEqualTo(reviewDate);
        assertThat(after.nextPayment().amount()).isEqualByComparingTo("291.20");
    }

    @Test
    void a_child_not_in_education_stops_counting_after_the_31_august_after_their_16th_birthday() {
        LocalDate dob = today().minusYears(16).minusDays(40);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Jo", today().minusYears(5)),
                CaseFixtures.kid("Kim", dob)), ServiceType.DIRECT_PAY);
        jdbc.update("update cm_child set in_education = false where case_id = ? and date_of_birth = ?", c.caseId(), dob);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.WEEKLY,
                fx.nights(c.caseId())));
        LocalDate sixteenth = dob.plusYears(16);
        LocalDate limit = LocalDate.of(sixteenth.getYear(), 8, 31);
        if (sixteenth.isAfter(limit)) {
            limit = limit.plusYears(1);
        }
        LocalDate end = limit.plusDays(1);

        clock.set(end.atTime(3, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
        review.run();

        CaseService.CaseOverview after = cases.myCase(c.caseId());
        assertThat(after.children()).filteredOn(k -> k.endedOn() != null).singleElement()
                .satisfies(k -> assertThat(k.endedOn()).isEqualTo(end));
        assertThat(after.decision().weeklyAmount()).isEqualByComparingTo("60.00");
    }
}
