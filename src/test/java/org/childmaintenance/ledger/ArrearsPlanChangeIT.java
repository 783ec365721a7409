package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childmaintenance.ledger.LedgerFixture.signIn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerFixture.TestCase;
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
class ArrearsPlanChangeIT {
    @Autowired LedgerService ledger;
    @Autowired ArrearsPlans plans;
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

    @Test
    void casework_changes_an_agreed_plan_the_old_one_is_ended_and_kept_and_the_paying_parent_sees_the_new_one() {
        LocalDate due = LocalDate.of(2034, 3, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "250.00");
        fixture.nightOf(due);
        LocalDate today = due.plusDays(10);
        fixture.setToday(today);
        signIn(c.paying());
        assertThat(ledger.agreeArrearsPlan(c.caseId(), new BigDecimal("100.00"), due.plusMonths(1))).isEqualTo(3);

        signIn(fixture.caseworker());
        assertThat(plans.change(c.caseId(), new BigDecimal("60.00"), PlanFrequency.FORTNIGHTLY, today.plusDays(4),
                "  Lost overtime; asked for smaller payments  ")).as("£250 at £60 a fortnight").isEqualTo(5);

        signIn(c.paying());
        assertThat(queries.casePayments(c.caseId()).plan()).extracting(LedgerViews.PlanRow::dueDate)
                .containsExactly(today.plusDays(4), today.plusDays(18), today.plusDays(32), today.plusDays(46),
                        today.plusDays(60));
        assertThat(queries.casePayments(c.caseId()).plan()).extracting(LedgerViews.PlanRow::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("60.00"), new BigDecimal("60.00"), new BigDecimal("60.00"),
                        new BigDecimal("60.00"), new BigDecimal("10.00"));
        assertThat(queries.casePayments(c.caseId()).mayChangePlan()).isTrue();
        List<ArrearsPlans.PlanHistoryRow> history = plans.history(c.caseId());
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().ended()).as("the new plan is in force").isNull();
        assertThat(history.getFirst().changeReason()).isEqualTo("Lost overtime; asked for smaller payments");
        assertThat(history.getFirst().frequency()).isEqualTo(PlanFrequency.FORTNIGHTLY);
        assertThat(history.get(1).ended()).as("the old plan is ended, not removed").isNotNull();
        assertThat(history.get(1).amount()).isEqualByComparingTo("100.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_obligation WHERE case_id = ? AND kind = 'ARREARS_PLAN' "
                + "AND status = 'SUPERSEDED'", Integer.class, c.caseId())).as("old plan lines kept, superseded").isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'LEDGER_ARREARS_PLAN_CHANGED' "
                + "AND subject_id = ?", Integer.class, Long.toString(c.caseId()))).isEqualTo(1);
        assertThat(events.stream(LedgerEvents.ArrearsPlanChanged.class).filter(e -> e.caseId() == c.caseId()))
                .as("the paying parent is told").hasSize(1);

        signIn(c.receiving());
        assertThat(queries.casePayments(c.caseId()).mayChangePlan()).isFalse();
        assertThatThrownBy(() -> plans.change(c.caseId(), BigDecimal.TEN, PlanFrequency.MONTHLY, today, "no"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.history(c.caseId())).isInstanceOf(AccessDeniedException.class);

        signIn(c.paying());
        assertThat(plans.change(c.caseId(), new BigDecimal("250.00"), PlanFrequency.MONTHLY, today,
                "I can pay it all now")).as("the paying parent may change it too").isEqualTo(1);
        assertThat(plans.history(c.caseId())).hasSize(3).filteredOn(r -> r.ended() == null).hasSize(1);
    }

    @Test
    void bad_input_gets_an_error_at_each_field_and_changes_nothing() {
        LocalDate due = LocalDate.of(2034, 6, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "400.00");
        fixture.nightOf(due);
        LocalDate today = due.plusDays(10);
        fixture.setToday(today);
        signIn(fixture.caseworker());
        assertThatThrownBy(() -> plans.change(c.caseId(), new BigDecimal("50.00"), PlanFrequency.MONTHLY, today, "why"))
                .as("no plan to change yet").hasMessage("ledger.error.noPlan");
        ledger.agreeArrearsPlan(c.caseId(), new BigDecimal("100.00"), due.plusMonths(1));
        String before = snapshot(c);

        assertThatThrownBy(() -> plans.change(c.caseId(), new BigDecimal("-1"), null, today.minusDays(1), " "))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field)
                        .containsExactly("amount", "frequency", "start", "reason"));
        assertThatThrownBy(() -> plans.change(c.caseId(), null, PlanFrequency.WEEKLY, today.plusMonths(4), "x".repeat(301)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field).containsExactly("amount", "start", "reason"));
        assertThatThrownBy(() -> plans.change(c.caseId(), new BigDecimal("4.99"), PlanFrequency.WEEKLY, today, "less"))
                .hasMessage("ledger.error.planMinimum");
        assertThatThrownBy(() -> plans.change(c.caseId(), new BigDecimal("6.00"), PlanFrequency.MONTHLY, today, "less"))
                .as("£400 at £6 a month is 67 payments").hasMessage("ledger.error.planTooLongAny");
        assertThat(plans.change(c.caseId(), new BigDecimal("5.00"), PlanFrequency.WEEKLY, today, "weekly is fine"))
                .as("£400 at £5 a week is 80 weeks, within 5 years").isEqualTo(80);
        assertThat(snapshot(c)).isNotEqualTo(before);
    }

    @Test
    void a_refused_change_leaves_the_plan_its_lines_and_the_audit_as_they_were() {
        LocalDate due = LocalDate.of(2034, 9, 1);
        TestCase c = fixture.newCase(ServiceType.COLLECT_AND_PAY, due, 1, "300.00");
        fixture.nightOf(due);
        LocalDate today = due.plusDays(10);
        fixture.setToday(today);
        signIn(c.paying());
        ledger.agreeArrearsPlan(c.caseId(), new BigDecimal("100.00"), due.plusMonths(1));
        String before = snapshot(c);
        assertThatThrownBy(() -> plans.change(c.caseId(), new BigDecimal("1.00"), PlanFrequency.WEEKLY, today, "less"));
        assertThatThrownBy(() -> plans.change(c.caseId(), new BigDecimal("50.00"), PlanFrequency.WEEKLY, today, ""));
        assertThat(snapshot(c)).isEqualTo(before);
    }

    private String snapshot(TestCase c) {
        return jdbc.queryForList("SELECT id, status, live FROM ledger_obligation WHERE case_id = ? ORDER BY id", c.caseId())
                + "|" + jdbc.queryForList("SELECT id, ended_at FROM ledger_arrears_plan WHERE case_id = ? ORDER BY id", c.caseId())
                + "|" + jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ?", Integer.class,
                        Long.toString(c.caseId()));
    }
}
