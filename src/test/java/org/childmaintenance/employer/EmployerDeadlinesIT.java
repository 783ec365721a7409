package org.childmaintenance.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.WorkQueue;
import org.childmaintenance.employer.EmployerFixture.Employee;
import org.childmaintenance.employer.EmployerFixture.Org;
import org.childmaintenance.ledger.LedgerFixture;
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
 * Employer deadlines with the clock moved (LC-13.2): the remittance reminder from five days before the
 * 19th to the organisation's administrators while the month is unpaid, the leaver-report reminder
 * for an employee marked as left, each raised once however often the job runs; and a month never
 * paid by the 19th becomes one casework task.
 */
@PortalTest
class EmployerDeadlinesIT {
    static final LocalDate SERVED = LocalDate.of(2032, 1, 2);
    static final String REMITTANCE = "notification.msg.remittanceDue";
    static final String LEAVER = "notification.msg.leaverReport";
    @Autowired EmployerFixture fixture;
    @Autowired LedgerFixture ledgerFixture;
    @Autowired DeductionService deductions;
    @Autowired DeductionOrderService orders;
    @Autowired RemittanceService remittances;
    @Autowired UnpaidMonths unpaidMonths;
    @Autowired ApplicationContext ctx;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private int notices(long account, String key) {
        return DeadlineJob.noticesOf(jdbc, account, key);
    }

    private void runOn(LocalDate day) {
        ledgerFixture.setToday(day);
        DeadlineJob.run(ctx);
    }

    @Test
    void the_remittance_reminder_reaches_administrators_from_five_days_before_the_19th_once_while_unpaid() {
        Org unpaid = fixture.newOrganisation();
        Org paid = fixture.newOrganisation();
        Employee a = fixture.employee(unpaid, "R1", PayFrequency.MONTHLY, SERVED, "34.62");
        Employee b = fixture.employee(paid, "R2", PayFrequency.MONTHLY, SERVED, "34.62");
        ledgerFixture.setToday(LocalDate.of(2032, 3, 2));
        LedgerFixture.signIn(unpaid.payroll());
        deductions.record(a.orderId(), LocalDate.of(2032, 2, 27), "1200.00", false);
        LedgerFixture.signIn(paid.payroll());
        deductions.record(b.orderId(), LocalDate.of(2032, 2, 27), "1200.00", false);
        LedgerFixture.signIn(paid.admin());
        remittances.record(new RemittanceService.RemittanceForm(YearMonth.of(2032, 2), "150.02", LocalDate.of(2032, 3, 2),
                "BACS", "EARLY-1", Map.of(), null));
        SecurityContextHolder.clearContext();

        runOn(LocalDate.of(2032, 3, 13));
        assertThat(notices(unpaid.admin().accountId(), REMITTANCE)).as("six days before: not yet").isZero();
        runOn(LocalDate.of(2032, 3, 14));
        assertThat(notices(unpaid.admin().accountId(), REMITTANCE)).isEqualTo(1);
        assertThat(DeadlineJob.linksOf(jdbc, unpaid.admin().accountId(), REMITTANCE)).containsExactly("employer/month?month=2032-02");
        assertThat(notices(unpaid.payroll().accountId(), REMITTANCE)).as("payroll users do not record remittances").isZero();
        assertThat(notices(paid.admin().accountId(), REMITTANCE)).as("already paid").isZero();
        runOn(LocalDate.of(2032, 3, 14));
        runOn(LocalDate.of(2032, 3, 19));
        assertThat(notices(unpaid.admin().accountId(), REMITTANCE)).as("raised once").isEqualTo(1);
    }

    @Test
    void a_month_never_paid_by_the_19th_becomes_one_task_on_the_casework_desk() {
        Org org = fixture.newOrganisation();
        Employee a = fixture.employee(org, "U1", PayFrequency.MONTHLY, SERVED, "34.62");
        ledgerFixture.setToday(LocalDate.of(2032, 4, 29));
        LedgerFixture.signIn(org.payroll());
        deductions.record(a.orderId(), LocalDate.of(2032, 4, 28), "1200.00", false);
        SecurityContextHolder.clearContext();

        ledgerFixture.setToday(LocalDate.of(2032, 5, 19));
        unpaidMonths.raiseTasks();
        assertThat(tasksOf(org)).as("due today: not late yet").isZero();
        ledgerFixture.setToday(LocalDate.of(2032, 5, 20));
        unpaidMonths.run();
        unpaidMonths.raiseTasks();
        assertThat(tasksOf(org)).as("one task, however often the job runs").isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT actor_label FROM audit_entry WHERE action = 'DEO_REMITTANCE_NOT_PAID'"
                + " AND subject_id = ? AND detail LIKE '2032-04%'", String.class, Long.toString(org.id())))
                .as("the scheduled job is named as the actor in the audit trail, not 'anonymous'")
                .containsExactly("system (employerUnpaidMonths)");

        LedgerFixture.signIn(ledgerFixture.caseworker());
        assertThat(orders.tasks()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo(UnpaidMonths.KIND);
            assertThat(t.organisationName()).isEqualTo(org.name());
            assertThat(t.detail()).contains("2032-04", "2032-05-19");
            assertThat(t.late()).isTrue();
        });
        WorkQueue desk = ctx.getBeansOfType(WorkQueue.class).values().stream()
                .filter(q -> q.key().equals("employer.tasks")).findFirst().orElseThrow();
        assertThat(desk.snapshot().count()).isPositive();
    }

    private int tasksOf(Org org) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM deo_task WHERE organisation_id = ? AND kind = ?", Integer.class,
                org.id(), UnpaidMonths.KIND);
    }

    @Test
    void an_employee_marked_as_left_brings_every_user_a_leaver_report_reminder_until_the_report_is_in() {
        Org org = fixture.newOrganisation();
        Employee left = fixture.employee(org, "M1", PayFrequency.MONTHLY, SERVED, "34.62");
        Employee reported = fixture.employee(org, "M2", PayFrequency.MONTHLY, SERVED, "34.62");
        ledgerFixture.setToday(LocalDate.of(2032, 6, 10));
        LedgerFixture.signIn(org.payroll());
        assertThatThrownBy(() -> orders.markLeft(left.orderId(), null)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.fieldErrors()).extracting(UserFacingException.FieldError::message)
                        .containsExactly("employer.leaver.error.dateLeftRequired"));
        assertThatThrownBy(() -> orders.markLeft(left.orderId(), LocalDate.of(2032, 6, 11)))
                .isInstanceOf(UserFacingException.class);
        assertThat(orders.markLeft(left.orderId(), LocalDate.of(2032, 6, 8))).isEqualTo(LocalDate.of(2032, 6, 18));
        orders.markLeft(reported.orderId(), LocalDate.of(2032, 6, 8));
        var summary = orders.myOrder(left.orderId()).order();
        assertThat(summary.leaverReportDue()).isEqualTo(LocalDate.of(2032, 6, 18));
        assertThat(summary.status()).as("the order stays until the report").isEqualTo(OrderStatus.ACTIVE);
        orders.reportLeaver(reported.orderId(), new DeductionOrderService.LeaverReport(false, LocalDate.of(2032, 6, 8),
                LocalDate.of(2032, 5, 28), null));
        SecurityContextHolder.clearContext();

        runOn(LocalDate.of(2032, 6, 14));
        assertThat(notices(org.admin().accountId(), LEAVER)).isZero();
        runOn(LocalDate.of(2032, 6, 15));
        runOn(LocalDate.of(2032, 6, 16));
        for (var user : java.util.List.of(org.admin(), org.payroll())) {
            assertThat(DeadlineJob.linksOf(jdbc, user.accountId(), LEAVER)).as("one reminder, for the unreported one")
                    .containsExactly("employer/orders/" + left.orderId());
        }
    }
}
