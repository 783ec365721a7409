package org.childmaintenance.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.employer.EmployerFixture.Employee;
import org.childmaintenance.employer.EmployerFixture.Org;
import org.childmaintenance.employer.RemittanceService.RemittanceForm;
import org.childmaintenance.ledger.EmployerPayments;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Deductions, remittances into each case's ledger, leavers and access, on MariaDB. */
@PortalTest
class EmployerServicesIT {
    static final LocalDate TODAY = LocalDate.of(2031, 3, 10);
    static final LocalDate SERVED = LocalDate.of(2031, 1, 2);
    static final YearMonth FEB = YearMonth.of(2031, 2);
    @Autowired EmployerFixture fixture;
    @Autowired LedgerFixture ledgerFixture;
    @Autowired DeductionOrderService orders;
    @Autowired DeductionService deductions;
    @Autowired RemittanceService remittances;
    @Autowired LedgerQueries ledger;
    @Autowired EmployerPayments employerPayments;
    @Autowired MutableClock clock;

    @BeforeEach
    void today() {
        ledgerFixture.setToday(TODAY);
    }

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private BigDecimal paidInto(Employee e) {
        LedgerFixture.signIn(ledgerFixture.caseworker());
        try {
            // schedule lines are not posted yet (no nightly run): payments show as paid in advance
            var p = ledger.casePayments(e.testCase().caseId());
            return p.totalPaid().add(p.paidInAdvance());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_remittance_equal_to_the_schedule_posts_each_employees_deductions_to_their_case_once() {
        Org org = fixture.newOrganisation();
        Employee a = fixture.employee(org, "A1", PayFrequency.MONTHLY, SERVED, "34.62"); // £150.02 a month
        Employee b = fixture.employee(org, "B1", PayFrequency.WEEKLY, SERVED, "20.00");
        LedgerFixture.signIn(org.payroll());
        DeductionRules.Working wa = deductions.record(a.orderId(), LocalDate.of(2031, 2, 27), "1200.00", true);
        deductions.record(b.orderId(), LocalDate.of(2031, 2, 6), "400.00", false);
        DeductionRules.Working short2 = deductions.record(b.orderId(), LocalDate.of(2031, 2, 13), "40.00", false);
        assertThat(wa.deduct()).isEqualByComparingTo("150.02");
        assertThat(wa.adminCharge()).isEqualByComparingTo("1.00");
        assertThat(short2.deduct()).isEqualByComparingTo("16.00");
        assertThat(short2.shortfall()).isEqualByComparingTo("4.00");

        var month = deductions.month(FEB);
        assertThat(month.total()).as("the £1 never goes to the service").isEqualByComparingTo("186.02");
        assertThat(month.due()).isEqualTo(LocalDate.of(2031, 3, 19));
        assertThat(month.daysLeft()).isEqualTo(9);

        LedgerFixture.signIn(org.admin());
        RemittanceService.Result r = remittances.record(new RemittanceForm(FEB, "186.02", LocalDate.of(2031, 3, 5), "BACS",
                "REF-1", Map.of(), null));
        assertThat(r.outcome()).isEqualTo(RemittanceService.Outcome.POSTED);
        assertThat(r.posted()).isEqualTo(2);
        assertThat(r.late()).isFalse();
        assertThat(paidInto(a)).isEqualByComparingTo("150.02");
        assertThat(paidInto(b)).isEqualByComparingTo("36.00");

        LedgerFixture.signIn(org.admin());
        RemittanceService.Result again = remittances.record(new RemittanceForm(FEB, "186.02", LocalDate.of(2031, 3, 5),
                "BACS", "REF-1", Map.of(), null));
        assertThat(again.outcome()).isEqualTo(RemittanceService.Outcome.ALREADY_RECORDED);
        assertThat(again.posted()).isZero();
        assertThat(employerPayments.postDeduction(a.testCase().caseId(), LocalDate.of(2031, 3, 5), new BigDecimal("150.02"),
                "DEO-" + org.id() + "-" + FEB + "-" + a.orderId())).as("the ledger knows the reference").isFalse();
        assertThat(paidInto(a)).isEqualByComparingTo("150.02");
        assertThat(paidInto(b)).isEqualByComparingTo("36.00");

        LedgerFixture.signIn(org.payroll());
        assertThatThrownBy(() -> deductions.record(a.orderId(), LocalDate.of(2031, 2, 28), "1200.00", false))
                .isInstanceOf(UserFacingException.class).hasMessage("employer.deduction.error");
    }

    @Test
    void a_different_amount_needs_each_employees_amount_and_an_explanation_before_anything_is_posted() {
        Org org = fixture.newOrganisation();
        Employee a = fixture.employee(org, "A1", PayFrequency.MONTHLY, SERVED, "34.62");
        Employee b = fixture.employee(org, "B1", PayFrequency.MONTHLY, SERVED, "20.00");
        LedgerFixture.signIn(org.payroll());
        deductions.record(a.orderId(), LocalDate.of(2031, 2, 27), "1200.00", false);
        deductions.record(b.orderId(), LocalDate.of(2031, 2, 27), "1200.00", false);
        LedgerFixture.signIn(org.admin());
        assertThatThrownBy(() -> remittances.record(new RemittanceForm(FEB, "200.00", LocalDate.of(2031, 3, 5), "BACS",
                "REF-2", Map.of(), "")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field)
                        .containsExactly("paid-" + a.orderId(), "paid-" + b.orderId(), "explanation"));
        assertThatThrownBy(() -> remittances.record(new RemittanceForm(FEB, "200.00", LocalDate.of(2031, 3, 5), "BACS",
                "REF-2", Map.of(a.orderId(), "150.02", b.orderId(), "40.00"), "Short for B")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::message)
                        .containsExactly("employer.remittance.error.sumDiffers"));
        assertThat(paidInto(a)).as("nothing posted while the form is wrong").isEqualByComparingTo("0.00");

        LedgerFixture.signIn(org.admin());
        var r = remittances.record(new RemittanceForm(FEB, "200.00", LocalDate.of(2031, 3, 5), "BACS", "REF-2",
                Map.of(a.orderId(), "150.02", b.orderId(), "49.98"), "B's last pay was reduced after a correction"));
        assertThat(r.posted()).isEqualTo(2);
        assertThat(paidInto(a)).isEqualByComparingTo("150.02");
        assertThat(paidInto(b)).isEqualByComparingTo("49.98");
    }

    @Test
    void a_payment_after_the_19th_is_flagged_to_casework() {
        Org org = fixture.newOrganisation();
        Employee a = fixture.employee(org, "A1", PayFrequency.MONTHLY, SERVED, "34.62");
        LedgerFixture.signIn(org.payroll());
        deductions.record(a.orderId(), LocalDate.of(2031, 1, 30), "1200.00", false);
        LedgerFixture.signIn(org.admin());
        var r = remittances.record(new RemittanceForm(YearMonth.of(2031, 1), "150.02", LocalDate.of(2031, 2, 20),
                "CHAPS", "LATE-1", Map.of(), null));
        assertThat(r.late()).isTrue();
        LedgerFixture.signIn(ledgerFixture.caseworker());
        assertThat(orders.tasks()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo("LATE_REMITTANCE");
            assertThat(t.organisationName()).isEqualTo(org.name());
            assertThat(t.late()).isTrue();
        });
    }

    @Test
    void a_payroll_user_records_deductions_but_not_payments() {
        Org org = fixture.newOrganisation();
        Employee a = fixture.employee(org, "A1", PayFrequency.MONTHLY, SERVED, "34.62");
        LedgerFixture.signIn(org.payroll());
        deductions.record(a.orderId(), LocalDate.of(2031, 2, 27), "1200.00", false);
        assertThatThrownBy(() -> remittances.record(new RemittanceForm(FEB, "150.02", LocalDate.of(2031, 3, 5), "BACS",
                "REF-3", Map.of(), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> employerPayments.postDeduction(a.testCase().caseId(), LocalDate.of(2031, 3, 5),
                BigDecimal.TEN, "SNEAKY")).isInstanceOf(AccessDeniedException.class);
        assertThat(paidInto(a)).isEqualByComparingTo("0.00");
    }

    @Test
    void a_user_of_one_organisation_sees_and_changes_nothing_of_another() {
        Org a = fixture.newOrganisation();
        Org b = fixture.newOrganisation();
        Employee theirs = fixture.employee(b, "B1", PayFrequency.MONTHLY, SERVED, "34.62");
        LedgerFixture.signIn(b.payroll());
        deductions.record(theirs.orderId(), LocalDate.of(2031, 2, 27), "1200.00", false);
        for (var user : java.util.List.of(a.admin(), a.payroll())) {
            LedgerFixture.signIn(user);
            assertThat(orders.myOrders()).isEmpty();
            assertThat(deductions.month(FEB).deductions()).isEmpty();
            assertThat(orders.myDocuments()).isEmpty();
            assertThatThrownBy(() -> orders.myOrder(theirs.orderId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> deductions.record(theirs.orderId(), LocalDate.of(2031, 3, 1), "1000.00", false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> orders.reportLeaver(theirs.orderId(), new DeductionOrderService.LeaverReport(true,
                    null, null, null))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> orders.changeFrequency(theirs.orderId(), PayFrequency.WEEKLY))
                    .isInstanceOf(AccessDeniedException.class);
        }
        LedgerFixture.signIn(a.admin());
        assertThatThrownBy(() -> remittances.record(new RemittanceForm(FEB, "150.02", LocalDate.of(2031, 3, 5), "BACS",
                "X", Map.of(), null))).isInstanceOf(UserFacingException.class); // no deductions of its own
        // the ledger itself refuses money from an admin whose organisation holds no order on the case
        assertThatThrownBy(() -> employerPayments.postDeduction(theirs.testCase().caseId(), LocalDate.of(2031, 3, 5),
                new BigDecimal("150.02"), "DEO-FORGED-" + theirs.orderId())).isInstanceOf(AccessDeniedException.class);
        assertThat(paidInto(theirs)).isEqualByComparingTo("0.00");
        LedgerFixture.signIn(b.payroll());
        assertThat(orders.myOrder(theirs.orderId()).order().status()).isEqualTo(OrderStatus.ACTIVE);
    }

    @Test
    void a_leaver_ends_the_order_gives_casework_a_task_and_the_paying_parent_sees_it_ended() {
        Org org = fixture.newOrganisation();
        Employee e = fixture.employee(org, "L1", PayFrequency.MONTHLY, SERVED, "34.62");
        Employee late = fixture.employee(org, "L2", PayFrequency.MONTHLY, SERVED, "34.62");
        LedgerFixture.signIn(org.payroll());
        assertThatThrownBy(() -> orders.reportLeaver(e.orderId(), new DeductionOrderService.LeaverReport(false, null,
                null, null))).isInstanceOfSatisfying(UserFacingException.class, x -> assertThat(x.fieldErrors())
                .extracting(UserFacingException.FieldError::field).containsExactly("dateLeft", "lastPayDate"));
        assertThat(orders.reportLeaver(e.orderId(), new DeductionOrderService.LeaverReport(false,
                LocalDate.of(2031, 3, 3), LocalDate.of(2031, 2, 27), "Southside Bakery"))).as("within 10 days").isFalse();
        assertThat(orders.reportLeaver(late.orderId(), new DeductionOrderService.LeaverReport(false,
                LocalDate.of(2031, 2, 20), LocalDate.of(2031, 2, 20), null))).as("more than 10 days").isTrue();
        assertThat(orders.myOrder(e.orderId()).order().status()).isEqualTo(OrderStatus.ENDED_LEFT);
        assertThatThrownBy(() -> deductions.record(e.orderId(), LocalDate.of(2031, 3, 8), "1000.00", false))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> orders.reportLeaver(e.orderId(), new DeductionOrderService.LeaverReport(true, null,
                null, null))).hasMessage("employer.error.orderEnded");

        LedgerFixture.signIn(ledgerFixture.caseworker());
        assertThat(orders.tasks()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo("LEAVER");
            assertThat(t.caseReference()).isEqualTo(e.testCase().reference());
            assertThat(t.detail()).contains("Southside Bakery");
            assertThat(t.late()).isFalse();
        }).anySatisfy(t -> {
            assertThat(t.caseReference()).isEqualTo(late.testCase().reference());
            assertThat(t.late()).isTrue();
        });
    }

    @Test
    void a_change_of_pay_frequency_switches_to_the_orders_rate_for_it() {
        Org org = fixture.newOrganisation();
        Employee e = fixture.employee(org, "F1", PayFrequency.MONTHLY, SERVED, "34.62");
        LedgerFixture.signIn(org.payroll());
        assertThatThrownBy(() -> orders.changeFrequency(e.orderId(), PayFrequency.MONTHLY))
                .isInstanceOf(UserFacingException.class);
        orders.changeFrequency(e.orderId(), PayFrequency.WEEKLY);
        assertThat(orders.myOrder(e.orderId()).order().currentRate()).isEqualByComparingTo("34.62");
        assertThat(deductions.record(e.orderId(), LocalDate.of(2031, 3, 6), "500.00", false).deduct())
                .isEqualByComparingTo("34.62");
    }
}
