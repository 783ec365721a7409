package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseAnswers;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ChangeKind;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.cases.ServiceTypeChange;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The case's events reach the ledger: a decision's schedule becomes its obligations, the service type
 * follows the case whoever changes it, and a closed case's future obligations end.
 */
@PortalTest
class DecisionToLedgerIT {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired ServiceTypeChange serviceTypes;
    @Autowired LedgerQueries queries;
    @Autowired LedgerStore store;
    @Autowired NightlyRun nightly;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private CaseFixtures.Linked decided(String kid, ServiceType type, String income, IncomeFrequency frequency) {
        LocalDate today = LocalDate.now(clock);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid(kid, today.minusYears(7))), type);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed(income, frequency, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        return c;
    }

    @Test
    void both_parents_see_the_decided_schedule_on_their_payments_page() {
        CaseFixtures.Linked c = decided("Ada", ServiceType.COLLECT_AND_PAY, "26000", IncomeFrequency.YEARLY);

        LedgerViews.CasePayments payingView = queries.casePayments(c.caseId());
        assertThat(payingView.caseReference()).isEqualTo(c.reference());
        assertThat(payingView.serviceType()).isEqualTo(ServiceType.COLLECT_AND_PAY);
        assertThat(payingView.rows()).hasSize(12);
        assertThat(payingView.rows().getFirst().amount()).isEqualByComparingTo("259.31");

        fx.signIn(c.receivingEmail());
        assertThat(queries.casePayments(c.caseId()).rows()).hasSize(12);
    }

    @Test
    void the_case_owns_the_service_type_and_the_ledger_follows_whoever_switches_it() {
        CaseFixtures.Linked c = decided("Bo", ServiceType.DIRECT_PAY, "500", IncomeFrequency.WEEKLY);
        assertThat(queries.casePayments(c.caseId()).serviceType()).isEqualTo(ServiceType.DIRECT_PAY);

        // Casework moves the case to Collect and Pay on the case: the ledger follows from the case's event.
        fx.signInCaseworker();
        serviceTypes.moveToCollectAndPay(c.caseId(), "Two missed payments");
        assertThat(queries.casePayments(c.caseId()).serviceType()).isEqualTo(ServiceType.COLLECT_AND_PAY);
        assertThatThrownBy(() -> serviceTypes.moveToCollectAndPay(c.caseId(), "again"))
                .isInstanceOf(UserFacingException.class);
        fx.signIn(c.receivingEmail());
        assertThat(cases.myCase(c.caseId()).serviceType()).isEqualTo(ServiceType.COLLECT_AND_PAY);

        // The parents switch back through "Report a change": the ledger follows again.
        CaseAnswers a = new CaseAnswers();
        a.setServiceType(ServiceType.DIRECT_PAY);
        cases.reportChange(c.caseId(), ChangeKind.SERVICE_TYPE, a);
        assertThat(cases.myCase(c.caseId()).serviceType()).isEqualTo(ServiceType.DIRECT_PAY);
        assertThat(queries.casePayments(c.caseId()).serviceType()).isEqualTo(ServiceType.DIRECT_PAY);

        // One record per change, nothing bounced back: first schedule, casework's move, the parents' switch.
        assertThat(jdbc.queryForList("SELECT service_type FROM ledger_service_change WHERE case_id = ? ORDER BY id",
                String.class, c.caseId())).containsExactly("DIRECT_PAY", "COLLECT_AND_PAY", "DIRECT_PAY");
    }

    @Test
    void closing_a_case_ends_its_obligations_after_the_end_date_and_the_nightly_run_posts_nothing_for_them() {
        CaseFixtures.Linked c = decided("Cy", ServiceType.COLLECT_AND_PAY, "26000", IncomeFrequency.YEARLY);
        List<LocalDate> due = queries.casePayments(c.caseId()).rows().stream().map(LedgerViews.ScheduleRow::dueDate).toList();
        // two instalments fall due and are not paid
        setToday(due.get(1).plusDays(5));
        LedgerFixture.asSystem(() -> nightly.run(due.get(1)));

        // the receiving parent asks to close the case; casework closes it today
        fx.signIn(c.receivingEmail());
        CaseAnswers a = new CaseAnswers();
        a.setCloseReason("We have agreed to sort it out between us");
        cases.reportChange(c.caseId(), ChangeKind.CLOSE, a);
        fx.signInCaseworker();
        long task = cases.caseworkQueues().closureRequests().stream().filter(i -> i.caseId() == c.caseId())
                .findFirst().orElseThrow().taskId();
        cases.closeOnRequest(c.caseId(), task);
        LocalDate closedOn = due.get(1).plusDays(5);

        assertThat(store.obligations(c.caseId())).as("no obligation on or after the end date")
                .allSatisfy(o -> assertThat(o.dueDate()).isBefore(closedOn))
                .hasSize(2);
        LedgerViews.CasePayments view = queries.casePayments(c.caseId());
        assertThat(view.rows()).extracting(LedgerViews.ScheduleRow::dueDate).containsExactly(due.get(0), due.get(1));
        assertThat(view.arrears()).as("arrears before closure remain (LC-11.3)")
                .isEqualByComparingTo("518.62");

        // the nights the later instalments would have fallen due: nothing is posted for this case
        for (LocalDate d : due.subList(2, 5)) {
            setToday(d);
            LedgerFixture.asSystem(() -> nightly.run(d));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_transaction WHERE case_id = ? AND type = 'MAINTENANCE_DUE'",
                Long.class, c.caseId())).isEqualTo(2);
        assertThat(queries.casePayments(c.caseId()).totalDue()).isEqualByComparingTo("518.62");
    }

    private void setToday(LocalDate day) {
        clock.set(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
