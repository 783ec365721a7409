package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childmaintenance.ledger.LedgerFixture.signIn;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.ledger.LedgerFixture.TestCase;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 15 (LC-12.3): a caseworker's arrears plan over the approval limit (£500) waits for a different caseworker. */
@PortalTest
class PlanApprovalsIT {
    @Autowired LedgerService ledger;
    @Autowired ArrearsPlans plans;
    @Autowired PlanApprovals approvals;
    @Autowired LedgerQueries queries;
    @Autowired LedgerFixture fixture;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private PortalUser secondCaseworker() {
        long id = identity.provisionAccount(AccountKind.CASEWORKER, TestAccounts.uniqueEmail("second.caseworker"),
                "Sam Second", "a-long-test-password-2026", null, null);
        return identity.reload(id);
    }

    private int audited(String action, long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND subject_id = ?", Integer.class,
                action, Long.toString(caseId));
    }

    private PlanApprovals.PendingPlan pendingOf(long caseId) {
        return approvals.pending().stream().filter(p -> p.caseId() == caseId).findFirst().orElseThrow();
    }

    @Test
    void up_to_the_limit_a_caseworkers_plan_starts_at_once_and_above_it_only_another_caseworkers_approval_starts_it() {
        LocalDate due = LocalDate.of(2035, 2, 1);
        TestCase small = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "500.00");
        TestCase large = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "750.00");
        fixture.nightOf(due);
        fixture.setToday(due.plusDays(5));
        signIn(fixture.caseworker());
        assertThat(ledger.agreeArrearsPlan(small.caseId(), new BigDecimal("100.00"), due.plusMonths(1)))
                .as("£500.00 is not over the limit: the plan starts now").isEqualTo(5);
        assertThat(approvals.pending()).noneMatch(p -> p.caseId() == small.caseId());

        assertThat(ledger.agreeArrearsPlan(large.caseId(), new BigDecimal("150.00"), due.plusMonths(1)))
                .as("£750.00 is over the limit: it waits").isZero();
        assertThat(audited("LEDGER_ARREARS_PLAN_AWAITING_APPROVAL", large.caseId())).isEqualTo(1);
        assertThat(audited("LEDGER_ARREARS_PLAN_AGREED", large.caseId())).isZero();
        PlanApprovals.PendingPlan waiting = pendingOf(large.caseId());
        assertThat(waiting.mine()).isTrue();
        assertThat(waiting.kind()).isEqualTo("AGREE");
        assertThat(waiting.arrears()).isEqualByComparingTo("750.00");
        assertThat(waiting.amount()).isEqualByComparingTo("150.00");
        assertThatThrownBy(() -> approvals.approvePlan(waiting.id())).as("nobody approves their own plan")
                .hasMessage("ledger.error.ownPlanApproval");
        assertThatThrownBy(() -> ledger.agreeArrearsPlan(large.caseId(), new BigDecimal("200.00"), due.plusMonths(1)))
                .as("one plan waits at a time").hasMessage("ledger.error.planAwaitingApproval");

        signIn(large.paying());
        assertThat(queries.casePayments(large.caseId()).plan()).as("the paying parent sees no plan yet").isEmpty();
        assertThatThrownBy(approvals::pending).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.approvePlan(waiting.id())).isInstanceOf(AccessDeniedException.class);

        signIn(secondCaseworker());
        assertThat(pendingOf(large.caseId()).mine()).isFalse();
        approvals.approvePlan(waiting.id());
        assertThat(approvals.pending()).noneMatch(p -> p.caseId() == large.caseId());
        assertThatThrownBy(() -> approvals.approvePlan(waiting.id())).hasMessage("ledger.error.planNotPending");
        assertThat(audited("LEDGER_ARREARS_PLAN_APPROVED", large.caseId())).isEqualTo(1);
        assertThat(audited("LEDGER_ARREARS_PLAN_AGREED", large.caseId())).isEqualTo(1);

        signIn(large.paying());
        assertThat(queries.casePayments(large.caseId()).plan()).extracting(LedgerViews.PlanRow::amount)
                .usingElementComparator(BigDecimal::compareTo).as("£750.00 at £150.00 a month")
                .containsExactly(new BigDecimal("150.00"), new BigDecimal("150.00"), new BigDecimal("150.00"),
                        new BigDecimal("150.00"), new BigDecimal("150.00"));
    }

    @Test
    void a_caseworkers_change_over_the_limit_waits_and_turned_down_leaves_the_plan_while_the_paying_parent_changes_it_directly() {
        LocalDate due = LocalDate.of(2035, 5, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "600.00");
        fixture.nightOf(due);
        LocalDate today = due.plusDays(5);
        fixture.setToday(today);
        signIn(c.paying());
        assertThat(ledger.agreeArrearsPlan(c.caseId(), new BigDecimal("100.00"), due.plusMonths(1)))
                .as("the paying parent agrees directly, whatever the amount").isEqualTo(6);

        signIn(fixture.caseworker());
        assertThat(plans.change(c.caseId(), new BigDecimal("50.00"), PlanFrequency.FORTNIGHTLY, today.plusDays(3),
                "Asked for smaller payments")).isZero();
        PlanApprovals.PendingPlan waiting = pendingOf(c.caseId());
        assertThat(waiting.kind()).isEqualTo("CHANGE");
        assertThat(waiting.reason()).isEqualTo("Asked for smaller payments");
        assertThat(plans.history(c.caseId())).as("the plan in force is unchanged").hasSize(1);

        signIn(secondCaseworker());
        approvals.rejectPlan(waiting.id());
        assertThat(audited("LEDGER_ARREARS_PLAN_REJECTED", c.caseId())).isEqualTo(1);
        assertThat(plans.history(c.caseId())).hasSize(1);
        assertThat(audited("LEDGER_ARREARS_PLAN_CHANGED", c.caseId())).isZero();

        signIn(c.paying());
        assertThat(plans.change(c.caseId(), new BigDecimal("300.00"), PlanFrequency.MONTHLY, today.plusDays(3),
                "I can pay more")).as("the paying parent changes it directly").isEqualTo(2);
        assertThat(plans.history(c.caseId())).hasSize(2);
    }
}
