package org.childmaintenance.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.childmaintenance.casework.LiabilityOutcomes.Choice;
import org.childmaintenance.casework.LiabilityOutcomes.OutcomeView;
import org.childmaintenance.notices.Notify;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * LC-12.4 step 6: after a liability order the later steps are outcomes a caseworker chooses, each with its
 * date and reason, audited; a last resort only after enforcement agents or a charging order; the paying
 * parent sees each step and its date, the receiving parent only the plain status (LC-12.6).
 */
@PortalTest
class LiabilityOutcomesIT {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired EnforcementActions enforcement;
    @Autowired LiabilityOutcomes outcomes;
    @Autowired Notify notify;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private CaseFixtures.Linked withLiabilityOrder() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Lo", LocalDate.now(clock).minusYears(9))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY,
                PaymentFrequency.MONTHLY, fx.nights(c.caseId())));
        fx.signInCaseworker();
        enforcement.take(c.caseId(), EnforcementKind.LIABILITY_ORDER, null, "Earlier steps did not collect");
        return c;
    }

    private static List<String> messages(Throwable e) {
        return ((UserFacingException) e).fieldErrors().stream().map(FieldError::message).toList();
    }

    @Test
    void a_caseworker_records_the_steps_after_a_liability_order_with_dates_and_reasons_every_problem_said_at_once() {
        CaseFixtures.Linked c = withLiabilityOrder();
        long lo = enforcement.ofCase(c.caseId()).getFirst().id();
        LocalDate ordered = LocalDate.now(clock);

        assertThatThrownBy(() -> outcomes.choose(lo, new Choice(null, null, " ")))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldErrors()).extracting(FieldError::field)
                        .containsExactly("outcome-kind", "outcome-date", "outcome-reason"));
        assertThatThrownBy(() -> outcomes.choose(lo, new Choice(LiabilityOutcomeKind.ENFORCEMENT_AGENTS,
                ordered.plusDays(1), "Goods found"))).satisfies(e -> assertThat(messages(e))
                .containsExactly("desk.error.outcomeDateFuture"));
        assertThatThrownBy(() -> outcomes.choose(lo, new Choice(LiabilityOutcomeKind.ENFORCEMENT_AGENTS,
                ordered.minusDays(1), "Goods found"))).satisfies(e -> assertThat(messages(e))
                .containsExactly("desk.error.outcomeDateBeforeOrder"));
        assertThatThrownBy(() -> outcomes.choose(lo, new Choice(LiabilityOutcomeKind.COMMITMENT_TO_PRISON, ordered,
                "Wilful refusal"))).as("a last resort first").satisfies(e -> assertThat(messages(e))
                .containsExactly("desk.error.lastResort"));
        assertThat(enforcement.ofCase(c.caseId()).getFirst().outcomes()).as("nothing recorded while refused").isEmpty();

        clock.advance(Duration.ofDays(5));
        LocalDate agents = LocalDate.now(clock).minusDays(2);
        outcomes.choose(lo, new Choice(LiabilityOutcomeKind.ENFORCEMENT_AGENTS, agents, "Vehicle registered to him"));
        assertThatThrownBy(() -> outcomes.choose(lo, new Choice(LiabilityOutcomeKind.DISQUALIFICATION_FROM_DRIVING,
                agents.minusDays(1), "Agents could not collect"))).as("the last resort may not be dated before them")
                .satisfies(e -> assertThat(messages(e)).containsExactly("desk.error.lastResort"));
        outcomes.choose(lo, new Choice(LiabilityOutcomeKind.DISQUALIFICATION_FROM_DRIVING, LocalDate.now(clock),
                "Agents could not collect"));

        EnforcementActions.ActionView v = enforcement.ofCase(c.caseId()).getFirst();
        assertThat(v.outcomes()).extracting(OutcomeView::outcome).containsExactly(LiabilityOutcomeKind.ENFORCEMENT_AGENTS,
                LiabilityOutcomeKind.DISQUALIFICATION_FROM_DRIVING);
        assertThat(v.outcomes()).extracting(OutcomeView::takenOn).containsExactly(agents, LocalDate.now(clock));
        assertThat(v.outcomes()).extracting(OutcomeView::reason).containsExactly("Vehicle registered to him",
                "Agents could not collect");
        assertThat(v.nextStepFrom()).as("28 days after the latest outcome").isEqualTo(LocalDate.now(clock).plusDays(28));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CASEWORK_ENFORCEMENT_OUTCOME'"
                + " and subject_id = ?", Integer.class, Long.toString(c.caseId()))).isEqualTo(2);

        // The paying parent sees each step and its date (not casework's reasons) and is told; the receiving parent neither.
        fx.signIn(c.payingEmail());
        EnforcementActions.ParentView paying = enforcement.forParent(c.caseId());
        assertThat(paying.actions().getFirst().outcomes()).extracting(OutcomeView::outcome).hasSize(2);
        assertThat(paying.actions().getFirst().outcomes()).extracting(OutcomeView::reason).containsOnlyNulls();
        assertThat(paying.actions().getFirst().nextStepFrom()).isNull();
        assertThat(notify.myNotifications(5)).extracting(Notify.NotificationView::messageKey)
                .contains("enforcement.outcome.notify");
        fx.signIn(c.receivingEmail());
        EnforcementActions.ParentView receiving = enforcement.forParent(c.caseId());
        assertThat(receiving.actions()).isEmpty();
        assertThat(receiving.actionUnderWay()).isTrue();
        assertThat(notify.myNotifications(5)).extracting(Notify.NotificationView::messageKey)
                .doesNotContain("enforcement.outcome.notify");

        // Only while the liability order is active.
        fx.signInCaseworker();
        enforcement.end(lo, "Paid in full");
        assertThatThrownBy(() -> outcomes.choose(lo, new Choice(LiabilityOutcomeKind.THIRD_PARTY_DEBT_ORDER,
                LocalDate.now(clock), "Bank account"))).hasMessage("desk.error.notLiabilityOrder");
    }

    @Test
    void outcomes_follow_only_a_liability_order_and_are_exactly_those_the_rules_list() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Rdo", LocalDate.now(clock).minusYears(9))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY,
                PaymentFrequency.MONTHLY, fx.nights(c.caseId())));
        fx.signInCaseworker();
        long rdo = enforcement.take(c.caseId(), EnforcementKind.RDO, "40.00", "Bank account known");
        assertThatThrownBy(() -> outcomes.choose(rdo, new Choice(LiabilityOutcomeKind.ENFORCEMENT_AGENTS,
                LocalDate.now(clock), "Goods"))).hasMessage("desk.error.notLiabilityOrder");
        assertThat(LiabilityOutcomeKind.values()).extracting(Enum::name).containsExactly("ENFORCEMENT_AGENTS",
                "CHARGING_ORDER_AND_ORDER_FOR_SALE", "THIRD_PARTY_DEBT_ORDER", "FREEZING_AND_SET_ASIDE_ORDERS",
                "COMMITMENT_TO_PRISON", "DISQUALIFICATION_FROM_DRIVING", "DISQUALIFICATION_FROM_PASSPORT");
        assertThat(LiabilityOutcomeKind.values()).filteredOn(LiabilityOutcomeKind::lastResort).extracting(Enum::name)
                .containsExactly("COMMITMENT_TO_PRISON", "DISQUALIFICATION_FROM_DRIVING", "DISQUALIFICATION_FROM_PASSPORT");
    }
}
