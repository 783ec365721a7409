package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childmaintenance.ledger.LedgerFixture.asSystem;
import static org.childmaintenance.ledger.LedgerFixture.signIn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerFixture.TestCase;
import org.childmaintenance.ledger.LedgerViews.CasePayments;
import org.childmaintenance.ledger.LedgerViews.LineStatus;
import org.childmaintenance.ledger.LedgerViews.RowOutcome;
import org.childmaintenance.ledger.LedgerViews.Viewer;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PortalTest
@RecordApplicationEvents
class LedgerServiceIT {
    @Autowired LedgerService ledger;
    @Autowired LedgerQueries queries;
    @Autowired LedgerFixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    static String ref() {
        return "BANK-" + UUID.randomUUID().toString().substring(0, 12);
    }

    @Test
    void collect_and_pay_100_due_costs_the_payer_120_and_the_receiver_gets_96() {
        LocalDate due = LocalDate.of(2031, 3, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "100.00");
        fixture.nightOf(due);

        signIn(fixture.caseworker());
        assertThat(ledger.postPayment(c.reference(), due, new BigDecimal("120.00"), ref()))
                .isEqualTo(LedgerService.PostOutcome.ACCEPTED);
        fixture.nightOf(due.plusDays(2));

        signIn(c.paying());
        CasePayments pp = queries.casePayments(c.caseId());
        assertThat(pp.viewer()).isEqualTo(Viewer.PAYING);
        assertThat(pp.totalDue()).isEqualByComparingTo("100.00");
        assertThat(pp.fees().collectionFeesCharged()).isEqualByComparingTo("20.00");
        assertThat(pp.fees().collectionFeesOutstanding()).isEqualByComparingTo("0");
        assertThat(pp.arrears()).isEqualByComparingTo("0");
        assertThat(pp.rows()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(LineStatus.PAID);
            assertThat(r.fee()).isEqualByComparingTo("20.00");
            assertThat(r.paidOn()).isEqualTo(due);
        });
        assertThat(pp.passedOn()).as("the paying parent does not see what the receiving parent gets").isNull();

        signIn(c.receiving());
        CasePayments rp = queries.casePayments(c.caseId());
        assertThat(rp.viewer()).isEqualTo(Viewer.RECEIVING);
        assertThat(rp.passedOn().paidToReceivingParent()).isEqualByComparingTo("96.00");
        assertThat(rp.passedOn().feesDeducted()).isEqualByComparingTo("4.00");
        assertThat(rp.fees()).as("the receiving parent does not see the payer's fees").isNull();
        assertThat(rp.rows().getFirst().fee()).isNull();
        assertThat(queries.balances(c.caseId()).total()).isEqualByComparingTo("0");
    }

    @Test
    void posting_the_same_payment_twice_changes_nothing() {
        LocalDate due = LocalDate.of(2031, 4, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "50.00");
        signIn(fixture.caseworker());
        String reference = ref();
        assertThat(ledger.postPayment(c.reference(), due, new BigDecimal("60.00"), reference))
                .isEqualTo(LedgerService.PostOutcome.ACCEPTED);
        Balances before = queries.balances(c.caseId());
        assertThat(ledger.postPayment(c.reference(), due, new BigDecimal("60.00"), reference))
                .isEqualTo(LedgerService.PostOutcome.DUPLICATE);
        assertThat(queries.balances(c.caseId())).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM ledger_transaction WHERE external_reference = ?", reference)).isEqualTo(1);
    }

    @Test
    void the_same_schedule_twice_changes_nothing_and_a_new_one_replaces_only_lines_not_yet_posted() {
        LocalDate first = LocalDate.of(2031, 5, 1);
        TestCase c = fixture.newCase(ServiceType.DIRECT_PAY, first, 3, "80.00");
        ScheduleSnapshot same = snapshot(c, ServiceType.DIRECT_PAY, first, 3, "80.00");
        assertThat(asSystem(() -> ledger.applySchedule(same)))
                .isEqualTo(new LedgerService.ScheduleResult(0, 0, 3, List.of()));

        fixture.nightOf(first);
        ScheduleSnapshot raised = snapshot(c, ServiceType.DIRECT_PAY, first, 3, "90.00");
        LedgerService.ScheduleResult result = asSystem(() -> ledger.applySchedule(raised));
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.superseded()).isEqualTo(2);
        assertThat(result.ignoredAlreadyPosted()).containsExactly(first);
        assertThat(asSystem(() -> ledger.applySchedule(raised)).added()).isZero();

        signIn(c.paying());
        assertThat(queries.casePayments(c.caseId()).rows()).extracting(LedgerViews.ScheduleRow::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("80.00"), new BigDecimal("90.00"), new BigDecimal("90.00"));
    }

    @Test
    void direct_pay_missed_payment_is_reported_seen_by_the_payer_and_the_ledger_follows_a_move_to_collect_and_pay() {
        LocalDate due = LocalDate.of(2031, 6, 1);
        TestCase c = fixture.newCase(ServiceType.DIRECT_PAY, due, 2, "100.00");
        fixture.nightOf(due);
        fixture.setToday(due.plusDays(3));

        signIn(c.receiving());
        CasePayments before = queries.casePayments(c.caseId());
        assertThat(before.rows().getFirst().status()).isEqualTo(LineStatus.NOT_CONFIRMED);
        assertThat(before.arrears()).as("under Direct Pay the service does not know yet").isEqualByComparingTo("0");
        long line = before.rows().getFirst().obligationId();
        ledger.reportMissedPayment(c.caseId(), line, "Nothing arrived");
        assertThatThrownBy(() -> ledger.reportMissedPayment(c.caseId(), line, null))
                .isInstanceOf(UserFacingException.class);

        signIn(c.paying());
        assertThatThrownBy(() -> ledger.confirmDirectPayment(c.caseId(), line)).isInstanceOf(AccessDeniedException.class);
        CasePayments pp = queries.casePayments(c.caseId());
        assertThat(pp.rows().getFirst().status()).isEqualTo(LineStatus.REPORTED_MISSED);
        assertThat(pp.arrears()).isEqualByComparingTo("100.00");
        assertThat(pp.oldestArrearsDays()).isEqualTo(3);
        assertThat(pp.notices()).isEmpty();

        fixture.nightOf(due.plusDays(4));
        signIn(c.paying());
        assertThat(queries.casePayments(c.caseId()).notices()).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo("REPORTED"));
        // the paying parent is told once, by the event the notices feature turns into a notice when the report
        // is made; the nightly run sends no e-mail of its own (no amounts or case details in e-mails)
        assertThat(events.stream(LedgerEvents.MissedPaymentReported.class).filter(e -> e.obligationId() == line))
                .hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM outbound_mail WHERE recipient = ?", c.paying().email())).isZero();

        signIn(fixture.caseworker());
        assertThat(queries.missedPaymentReports(50)).anySatisfy(r -> assertThat(r.caseId()).isEqualTo(c.caseId()));
        // casework moves the case to Collect and Pay on the case: its schedule comes again with the new type
        fixture.caseNowPaidBy(c, ServiceType.COLLECT_AND_PAY, "100.00");
        fixture.nightOf(due.plusMonths(1));
        signIn(c.paying());
        CasePayments after = queries.casePayments(c.caseId());
        assertThat(after.serviceType()).isEqualTo(ServiceType.COLLECT_AND_PAY);
        assertThat(after.rows().get(1).fee()).as("collection fee from the switch on").isEqualByComparingTo("20.00");
    }

    @Test
    void the_receiving_parent_confirms_a_direct_payment_and_it_is_paid() {
        LocalDate due = LocalDate.of(2031, 7, 1);
        TestCase c = fixture.newCase(ServiceType.DIRECT_PAY, due, 1, "75.50");
        fixture.nightOf(due);
        signIn(c.receiving());
        long line = queries.casePayments(c.caseId()).rows().getFirst().obligationId();
        ledger.confirmDirectPayment(c.caseId(), line);
        CasePayments view = queries.casePayments(c.caseId());
        assertThat(view.rows().getFirst().status()).isEqualTo(LineStatus.PAID);
        assertThat(view.totalPaid()).isEqualByComparingTo("75.50");
        assertThatThrownBy(() -> ledger.confirmDirectPayment(c.caseId(), line)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void strangers_and_the_other_side_see_only_what_they_may() {
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, LocalDate.of(2031, 8, 1), 1, "10.00");
        signIn(fixture.newParent("Stan Stranger"));
        assertThatThrownBy(() -> queries.casePayments(c.caseId())).isInstanceOf(AccessDeniedException.class);
        assertThat(queries.myCases()).isEmpty();
        assertThatThrownBy(() -> ledger.postPayment(c.reference(), LocalDate.of(2031, 8, 1), BigDecimal.TEN, ref()))
                .isInstanceOf(AccessDeniedException.class);
        signIn(c.receiving());
        assertThat(queries.myCases()).singleElement().satisfies(s -> assertThat(s.viewer()).isEqualTo(Viewer.RECEIVING));
    }

    @Test
    void a_file_with_errors_applies_nothing_unless_asked_and_a_replay_changes_nothing() {
        LocalDate due = LocalDate.of(2031, 9, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "100.00");
        String a = ref();
        String b = ref();
        String csv = "date,case_reference,amount,reference\n"
                + "01/09/2031," + c.reference() + ",60.00," + a + "\n"
                + "2031-09-02," + c.reference().toLowerCase() + ",£60," + b + "\n"
                + "31/02/2031," + c.reference() + ",10.00," + ref() + "\n"
                + "2031-09-03,NOSUCHCASE,10.00," + ref() + "\n"
                + "2031-09-03," + c.reference() + ",-5," + ref() + "\n"
                + "2031-09-03," + c.reference() + ",5.00," + a + "\n";
        signIn(fixture.caseworker());
        LedgerViews.ImportReport strict = ledger.importPayments("bank.csv", csv, LedgerService.ImportMode.ALL_OR_NOTHING);
        assertThat(strict.applied()).isFalse();
        assertThat(strict.rejected()).isEqualTo(4);
        assertThat(strict.valid()).isEqualTo(2);
        assertThat(strict.rows()).extracting(LedgerViews.ImportRow::reasonKey).containsExactly(null, null,
                "ledger.import.reason.date", "ledger.import.reason.noCase", "ledger.import.reason.amount",
                "ledger.import.reason.repeated");
        assertThat(queries.balances(c.caseId()).of(LedgerAccount.CMS_BANK)).isEqualByComparingTo("0");

        LedgerViews.ImportReport lenient = ledger.importPayments("bank.csv", csv, LedgerService.ImportMode.VALID_ROWS);
        assertThat(lenient.applied()).isTrue();
        assertThat(lenient.accepted()).isEqualTo(2);
        Balances after = queries.balances(c.caseId());
        assertThat(after.of(LedgerAccount.CMS_BANK)).isEqualByComparingTo("120.00");

        LedgerViews.ImportReport replay = ledger.importPayments("bank.csv", csv, LedgerService.ImportMode.VALID_ROWS);
        assertThat(replay.accepted()).isZero();
        assertThat(replay.duplicates()).isEqualTo(2);
        assertThat(queries.balances(c.caseId())).isEqualTo(after);
        assertThat(replay.rows()).filteredOn(r -> r.outcome() == RowOutcome.DUPLICATE).hasSize(2);
    }

    @Test
    void a_quoted_bank_amount_is_posted_and_a_short_row_is_reported_with_its_line_not_skipped() {
        LocalDate due = LocalDate.of(2031, 11, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "1250.00");
        String csv = "date,case_reference,amount,reference\n"
                + "01/11/2031," + c.reference() + ",\"1,250.00\"," + ref() + "\n"
                + "02/11/2031," + c.reference() + ",10.00\n"
                + "03/11/2031," + c.reference() + ",ten," + ref() + "\n";
        signIn(fixture.caseworker());
        LedgerViews.ImportReport strict = ledger.importPayments("bank.csv", csv, LedgerService.ImportMode.ALL_OR_NOTHING);
        assertThat(strict.rows()).extracting(LedgerViews.ImportRow::line).containsExactly(2, 3, 4);
        assertThat(strict.rows()).extracting(LedgerViews.ImportRow::reasonKey).containsExactly(null,
                "ledger.import.reason.columns", "ledger.import.reason.amount");
        assertThat(strict.applied()).isFalse();

        LedgerViews.ImportReport lenient = ledger.importPayments("bank.csv", csv, LedgerService.ImportMode.VALID_ROWS);
        assertThat(lenient.accepted()).isEqualTo(1);
        assertThat(lenient.rejected()).isEqualTo(2);
        assertThat(queries.balances(c.caseId()).of(LedgerAccount.CMS_BANK)).isEqualByComparingTo("1250.00");
    }

    @Test
    void corrections_are_reversing_transactions_and_entries_cannot_be_changed() {
        LocalDate due = LocalDate.of(2031, 10, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "100.00");
        fixture.nightOf(due);
        signIn(fixture.caseworker());
        String reference = ref();
        ledger.postPayment(c.reference(), due, new BigDecimal("30.00"), reference);
        long paymentId = jdbc.queryForObject("SELECT id FROM ledger_transaction WHERE external_reference = ?", Long.class,
                reference);
        ledger.reverse(c.caseId(), paymentId, "Payment bounced");
        assertThatThrownBy(() -> ledger.reverse(c.caseId(), paymentId, "again")).isInstanceOf(UserFacingException.class);
        ledger.chargeEnforcement(c.caseId(), EnforcementCharge.LIABILITY_ORDER, "LO-1");
        ledger.writeOff(c.caseId(), PostingRules.WriteOffTarget.CHARGES, new BigDecimal("300.00"), "Order failed", "W-1");
        Balances b = queries.balances(c.caseId());
        assertThat(b.of(LedgerAccount.PP_MAINTENANCE)).isEqualByComparingTo("100.00");
        assertThat(b.of(LedgerAccount.PP_CHARGES)).isEqualByComparingTo("0");
        assertThat(b.of(LedgerAccount.HELD_FOR_RP)).isEqualByComparingTo("0");
        assertThat(b.total()).isEqualByComparingTo("0");
        assertThat(count("SELECT COUNT(*) FROM ledger_pending_pass_on WHERE payment_transaction_id = ?", paymentId)).isZero();
        assertThatThrownBy(() -> jdbc.update("UPDATE ledger_entry SET amount = 0 WHERE case_id = ?", c.caseId()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM ledger_transaction WHERE case_id = ?", c.caseId()))
                .hasMessageContaining("append-only");
    }

    @Test
    void an_arrears_plan_adds_instalments_until_the_arrears_are_cleared() {
        LocalDate due = LocalDate.of(2031, 11, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "250.00");
        fixture.nightOf(due);
        fixture.setToday(due.plusDays(10));
        signIn(c.paying());
        assertThat(ledger.agreeArrearsPlan(c.caseId(), new BigDecimal("100.00"), due.plusMonths(1))).isEqualTo(3);
        assertThat(queries.casePayments(c.caseId()).plan()).extracting(LedgerViews.PlanRow::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("50.00"));
        signIn(c.receiving());
        assertThatThrownBy(() -> ledger.agreeArrearsPlan(c.caseId(), BigDecimal.TEN, due))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_arrears_plan_pays_at_least_five_pounds_and_ends_within_five_years_and_a_penny_plan_adds_nothing() {
        LocalDate due = LocalDate.of(2032, 11, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "400.00");
        fixture.nightOf(due);
        fixture.setToday(due.plusDays(10));
        signIn(c.paying());
        int before = count("SELECT COUNT(*) FROM ledger_obligation WHERE case_id = ?", c.caseId());
        assertThatThrownBy(() -> ledger.agreeArrearsPlan(c.caseId(), new BigDecimal("0.01"), due.plusMonths(1)))
                .isInstanceOf(org.childmaintenance.base.UserFacingException.class)
                .hasMessage("ledger.error.planMinimum");
        assertThatThrownBy(() -> ledger.agreeArrearsPlan(c.caseId(), new BigDecimal("6.00"), due.plusMonths(1)))
                .as("£400 at £6 a month is 67 payments, over 5 years")
                .hasMessage("ledger.error.planTooLong");
        assertThat(count("SELECT COUNT(*) FROM ledger_obligation WHERE case_id = ?", c.caseId())).isEqualTo(before);
        assertThat(ledger.agreeArrearsPlan(c.caseId(), new BigDecimal("6.67"), due.plusMonths(1))).isEqualTo(60);
        assertThatThrownBy(() -> ledger.agreeArrearsPlan(c.caseId(), new BigDecimal("50.00"), due.plusMonths(1)))
                .as("one plan at a time").hasMessage("ledger.error.planExists");
    }

    static ScheduleSnapshot snapshot(TestCase c, ServiceType type, LocalDate first, int months, String amount) {
        List<ScheduleSnapshot.ScheduleLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < months; i++) {
            lines.add(new ScheduleSnapshot.ScheduleLine(first.plusMonths(i), new BigDecimal(amount)));
        }
        return new ScheduleSnapshot(c.caseId(), c.reference(), type, c.paying().accountId(), c.receiving().accountId(), lines);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

}
