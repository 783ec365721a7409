package org.childmaintenance.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.EmployerFixture;
import org.childmaintenance.employer.EmployerViews.CaseworkOrder;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerService;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 15: each enforcement step's next step's earliest date (EnforcementRules.DAYS_TO_NEXT_STEP), the desk's
 * queue of actions due a next step (still active, the date come, arrears remaining; the longest due first;
 * "Assign to me"), and a DEO issued on the employer's own page recorded as the ladder's DEO step.
 */
@PortalTest
class EnforcementQueueIT {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired EnforcementActions enforcement;
    @Autowired EnforcementQueue queue;
    @Autowired LedgerApprovals approvals;
    @Autowired LedgerQueries ledger;
    @Autowired LedgerService ledgerService;
    @Autowired DeductionOrderService orders;
    @Autowired EmployerFixture employers;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private CaseFixtures.Linked decided() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Due", LocalDate.now(clock).minusYears(6))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY,
                PaymentFrequency.MONTHLY, fx.nights(c.caseId())));
        fx.signInCaseworker();
        return c;
    }

    /** £120.00 owed from today and not paid: from tomorrow it is a missed payment. */
    private CaseFixtures.Linked inArrears() {
        CaseFixtures.Linked c = decided();
        approvals.request(c.caseId(), new LedgerApprovals.Request("ADJUSTMENT", "120.00", "INCREASE", null,
                "Arrears carried over from a private arrangement"));
        return c;
    }

    private long take(CaseFixtures.Linked c, EnforcementKind kind, String amount) {
        return enforcement.take(c.caseId(), new EnforcementActions.Step(kind, amount, "Arrears unpaid", "Said he will not pay",
                null));
    }

    private EnforcementActions.ActionView action(long caseId) {
        return enforcement.ofCase(caseId).getFirst();
    }

    private List<Long> dueIds() {
        return queue.due().stream().map(EnforcementQueue.DueItem::actionId).toList();
    }

    @Test
    void each_step_has_its_next_steps_earliest_date_from_the_intervals_kept_in_one_place() {
        CaseFixtures.Linked c = decided();
        LocalDate today = LocalDate.now(clock);
        long rdo = take(c, EnforcementKind.RDO, "40.00");
        assertThat(action(c.caseId()).nextStepFrom()).as("RDO: 28 days").isEqualTo(today.plusDays(28));
        assertThat(action(c.caseId()).nextStepDue()).isFalse();
        enforcement.end(rdo, "Next step");
        assertThat(action(c.caseId()).nextStepFrom()).as("an ended step has no next step date").isNull();
        long lsdo = take(c, EnforcementKind.LSDO, "300.00");
        assertThat(action(c.caseId()).nextStepFrom()).as("interim LSDO: 14 days").isEqualTo(today.plusDays(14));
        enforcement.end(lsdo, "Next step");
        long benefit = take(c, EnforcementKind.BENEFIT, null);
        assertThat(action(c.caseId()).nextStepFrom()).as("benefit: 28 days").isEqualTo(today.plusDays(28));
        enforcement.end(benefit, "Next step");
        long lo = take(c, EnforcementKind.LIABILITY_ORDER, null);
        assertThat(action(c.caseId()).nextStepFrom()).as("liability order: 28 days").isEqualTo(today.plusDays(28));
        enforcement.end(lo, "Next step");

        // A DEO counts from the day its order takes effect, not the day it was issued.
        EmployerFixture.Org org = employers.newOrganisation();
        fx.signInCaseworker();
        enforcement.take(c.caseId(), new EnforcementActions.Step(EnforcementKind.DEO, null, "Employer known", null,
                new EnforcementActions.DeoDetails(org.id(), "NS-1", PayFrequency.MONTHLY, today.plusDays(10), null)));
        assertThat(action(c.caseId()).nextStepFrom()).isEqualTo(today.plusDays(38));
        assertThat(EnforcementRules.DAYS_TO_NEXT_STEP).containsOnlyKeys(EnforcementKind.values());
    }

    @Test
    void an_action_is_due_once_its_date_has_come_while_it_is_active_and_arrears_remain_the_longest_due_first() {
        CaseFixtures.Linked first = inArrears();
        CaseFixtures.Linked second = inArrears();
        clock.advance(Duration.ofDays(1));
        long a = take(first, EnforcementKind.RDO, "40.00");
        clock.advance(Duration.ofDays(1));
        long b = take(second, EnforcementKind.LIABILITY_ORDER, null);

        clock.advance(Duration.ofDays(26));
        assertThat(dueIds()).as("27 days after the first: neither is due").doesNotContain(a, b);
        clock.advance(Duration.ofDays(1));
        assertThat(dueIds()).as("on its earliest date the first is due").contains(a).doesNotContain(b);
        assertThat(action(first.caseId()).nextStepDue()).isTrue();
        clock.advance(Duration.ofDays(1));
        List<Long> due = dueIds();
        assertThat(due).contains(a, b);
        assertThat(due.indexOf(a)).as("the one due longest first").isLessThan(due.indexOf(b));
        EnforcementQueue.DueItem item = queue.due().stream().filter(i -> i.actionId() == a).findFirst().orElseThrow();
        assertThat(item.caseReference()).isEqualTo(first.reference());
        assertThat(item.dueSince()).isEqualTo(LocalDate.now(clock).minusDays(1));
        assertThat(item.arrears().signum()).isPositive();
        assertThat(item.assigned()).isFalse();

        // "Assign to me": mine on my queue, taken (not mine) for another caseworker; audited.
        queue.assignToMe(a);
        assertThat(queue.due().stream().filter(i -> i.actionId() == a).findFirst().orElseThrow().assignedToMe()).isTrue();
        fx.signIn(CaseworkDemoData.SECOND_CASEWORKER);
        EnforcementQueue.DueItem theirs = queue.due().stream().filter(i -> i.actionId() == a).findFirst().orElseThrow();
        assertThat(theirs.assigned()).isTrue();
        assertThat(theirs.assignedToMe()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CASEWORK_ENFORCEMENT_ASSIGNED'"
                + " and subject_id = ?", Integer.class, Long.toString(first.caseId()))).isEqualTo(1);

        // Arrears cleared: no longer due. Ended: no longer due, and it cannot be taken.
        fx.signInCaseworker();
        BigDecimal owed = ledger.casePayments(second.caseId()).arrears();
        ledgerService.postPayment(second.reference(), LocalDate.now(clock), owed, "PAY-" + b);
        assertThat(ledger.casePayments(second.caseId()).arrears()).isEqualByComparingTo("0.00");
        assertThat(dueIds()).doesNotContain(b);
        enforcement.end(a, "Collecting");
        assertThat(dueIds()).doesNotContain(a);
        assertThatThrownBy(() -> queue.assignToMe(a)).hasMessage("desk.error.enforcementNotActive");
    }

    @Test
    void a_deo_whose_order_stops_is_due_a_next_step_from_the_day_it_stopped() {
        CaseFixtures.Linked c = inArrears();
        clock.advance(Duration.ofDays(1));
        EmployerFixture.Org org = employers.newOrganisation();
        fx.signInCaseworker();
        LocalDate today = LocalDate.now(clock);
        long deo = enforcement.take(c.caseId(), new EnforcementActions.Step(EnforcementKind.DEO, null, "Employer known",
                "Said he will not pay", new EnforcementActions.DeoDetails(org.id(), "NS-2", PayFrequency.MONTHLY, today, null)));
        assertThat(action(c.caseId()).nextStepFrom()).isEqualTo(today.plusDays(28));
        assertThat(dueIds()).doesNotContain(deo);

        clock.advance(Duration.ofDays(3));
        orders.discharge(order(c).id()); // nothing more will be deducted under it
        assertThat(action(c.caseId()).nextStepFrom()).isEqualTo(today.plusDays(3));
        assertThat(dueIds()).contains(deo);
    }

    private CaseworkOrder order(CaseFixtures.Linked c) {
        return orders.allOrders().stream().filter(o -> o.caseReference().equals(c.reference())).findFirst().orElseThrow();
    }

    @Test
    void an_order_issued_on_the_employer_page_is_recorded_as_the_deo_step_with_its_charge_once() {
        CaseFixtures.Linked c = decided();
        CaseFixtures.Linked other = decided();
        EmployerFixture.Org org = employers.newOrganisation();
        fx.signInCaseworker();
        LocalDate today = LocalDate.now(clock);
        long orderId = orders.issue(new DeductionOrderService.IssueRequest(c.reference(), org.id(), "NS-3",
                PayFrequency.MONTHLY, today, null));

        assertThatThrownBy(() -> enforcement.recordIssuedOrder(other.caseId(), orderId, "Arrears", null))
                .hasMessage("desk.error.orderNotOnCase");
        assertThatThrownBy(() -> enforcement.recordIssuedOrder(c.caseId(), orderId, " ", null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(new FieldError("enforcement-reason", "desk.error.reason")));
        assertThat(enforcement.ofCase(c.caseId())).isEmpty();

        long step = enforcement.recordIssuedOrder(c.caseId(), orderId, "Arrears; order issued on the employer page", null);
        EnforcementActions.ActionView v = action(c.caseId());
        assertThat(v.kind()).isEqualTo(EnforcementKind.DEO);
        assertThat(v.employerName()).isEqualTo(org.name());
        assertThat(v.charge()).isEqualByComparingTo("50.00");
        assertThat(ledger.casePayments(c.caseId()).fees().chargesCharged()).isEqualByComparingTo("50.00");
        assertThatThrownBy(() -> enforcement.recordIssuedOrder(c.caseId(), orderId, "Again", null))
                .hasMessage("desk.error.orderOnLadder");
        assertThat(ledger.casePayments(c.caseId()).fees().chargesCharged()).as("charged once").isEqualByComparingTo("50.00");

        // The step and its order go together: ended, the order is discharged.
        enforcement.end(step, "Paid up");
        assertThat(order(c).status().inForce()).isFalse();
    }
}
