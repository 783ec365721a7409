package org.childmaintenance.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.CaseworkLookup;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.identity.OrganisationDirectory;
import org.childmaintenance.ledger.CaseworkLedger;
import org.childmaintenance.ledger.CaseworkLedger.TransactionView;
import org.childmaintenance.ledger.LedgerAccount;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.TxType;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The enforcement ladder: one action at a time, each charge to the penny, withdrawal reverses it, parents see their part. */
@PortalTest
class EnforcementActionsIT {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired EnforcementActions enforcement;
    @Autowired CaseworkLedger ledger;
    @Autowired LedgerQueries ledgerQueries;
    @Autowired CaseworkLookup lookup;
    @Autowired MutableClock clock;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired OrganisationDirectory organisations;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private CaseFixtures.Linked decided() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Enf", LocalDate.now(clock).minusYears(8))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        fx.signInCaseworker();
        return c;
    }

    /** A DEO to the demo employer from today, with a payroll number no other order holds. */
    private EnforcementActions.Step deo(String reason) {
        return new EnforcementActions.Step(EnforcementKind.DEO, null, reason, null, new EnforcementActions.DeoDetails(
                organisations.findByName("Northfield Foods Ltd").orElseThrow().id(), "IT-" + System.nanoTime(),
                PayFrequency.MONTHLY, LocalDate.now(clock), null));
    }

    private List<TransactionView> charges(long caseId) {
        return ledger.transactions(caseId).stream().filter(t -> t.type() == TxType.ENFORCEMENT_CHARGE).toList();
    }

    private static BigDecimal charged(TransactionView t) {
        return t.entries().stream().filter(e -> e.account() == LedgerAccount.PP_CHARGES)
                .map(CaseworkLedger.EntryView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void each_step_of_the_ladder_posts_its_charge_to_the_penny_one_action_at_a_time() {
        CaseFixtures.Linked c = decided();
        String[][] ladder = {{"DEO", null, "50.00"}, {"RDO", "10.00", "50.00"}, {"LSDO", "1200.00", "200.00"},
                {"BENEFIT", null, "0.00"}, {"LIABILITY_ORDER", null, "300.00"}};
        BigDecimal total = BigDecimal.ZERO;
        for (String[] step : ladder) {
            long id = step[0].equals("DEO") ? enforcement.take(c.caseId(), deo("Arrears unpaid"))
                    : enforcement.take(c.caseId(), EnforcementKind.valueOf(step[0]), step[1], "Arrears unpaid");
            assertThatThrownBy(() -> enforcement.take(c.caseId(), EnforcementKind.LIABILITY_ORDER, null, "again"))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                            .extracting(UserFacingException.FieldError::message).containsExactly("desk.error.oneAtATime"));
            total = total.add(new BigDecimal(step[2]));
            assertThat(charges(c.caseId()).stream().map(EnforcementActionsIT::charged).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(step[0]).isEqualByComparingTo(total);
            enforcement.end(id, "Next step");
        }
        assertThat(charges(c.caseId())).hasSize(4);
        assertThat(ledgerQueries.casePayments(c.caseId()).fees().chargesCharged()).isEqualByComparingTo("600.00");
        EnforcementActions.ActionView benefit = enforcement.ofCase(c.caseId()).stream()
                .filter(a -> a.kind() == EnforcementKind.BENEFIT).findFirst().orElseThrow();
        assertThat(benefit.weeklyAmount()).isEqualByComparingTo("8.40");
    }

    @Test
    void the_database_keeps_one_active_action_per_case_even_if_two_caseworkers_act_at_once() {
        CaseFixtures.Linked c = decided();
        enforcement.take(c.caseId(), deo("Employer found"));
        String insert = "insert into casework_enforcement (case_id, kind, status, charge, reason, started_on, created_by,"
                + " created_at) values (?, 'LIABILITY_ORDER', 'ACTIVE', 300.00, 'race', ?, 1, ?)";
        assertThatThrownBy(() -> jdbc.update(insert, c.caseId(), LocalDate.now(clock), java.sql.Timestamp.from(clock.instant())))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        jdbc.update(insert.replace("'ACTIVE'", "'ENDED'"), c.caseId(), LocalDate.now(clock),
                java.sql.Timestamp.from(clock.instant()));
    }

    @Test
    void withdrawn_as_made_in_error_the_charge_is_reversed_and_the_next_action_may_be_taken() {
        CaseFixtures.Linked c = decided();
        long id = enforcement.take(c.caseId(), EnforcementKind.LSDO, "500.00", "Arrears over 6 months");
        assertThatThrownBy(() -> enforcement.withdrawInError(id, " ")).isInstanceOf(UserFacingException.class);
        enforcement.withdrawInError(id, "Paid before the order");
        assertThat(ledgerQueries.casePayments(c.caseId()).fees().chargesOutstanding()).isEqualByComparingTo("0.00");
        assertThat(ledger.transactions(c.caseId()).stream().filter(t -> t.type() == TxType.REVERSAL)).hasSize(1);
        assertThat(enforcement.ofCase(c.caseId()).getFirst().chargeReversed()).isTrue();
        enforcement.take(c.caseId(), deo("Employer found"));
        assertThat(enforcement.ofCase(c.caseId()).getFirst().status()).isEqualTo("ACTIVE");
    }

    @Test
    void a_regular_deduction_order_takes_at_most_40_percent_of_gross_weekly_income() {
        CaseFixtures.Linked c = decided();
        BigDecimal gross = lookup.latestDecision(c.caseId()).orElseThrow().grossWeeklyIncome();
        BigDecimal cap = gross.multiply(new BigDecimal("0.40")).setScale(2, RoundingMode.DOWN);
        assertThatThrownBy(() -> enforcement.take(c.caseId(), EnforcementKind.RDO, cap.add(new BigDecimal("0.01")).toPlainString(),
                "Bank account found")).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                .extracting(UserFacingException.FieldError::message).containsExactly("desk.error.rdoCap"));
        assertThatThrownBy(() -> enforcement.take(c.caseId(), EnforcementKind.RDO, "", ""))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field)
                        .containsExactlyInAnyOrder("enforcement-reason", "enforcement-amount"));
        assertThat(enforcement.ofCase(c.caseId())).isEmpty();
        enforcement.take(c.caseId(), EnforcementKind.RDO, cap.toPlainString(), "Bank account found");
        assertThat(enforcement.ofCase(c.caseId()).getFirst().weeklyAmount()).isEqualByComparingTo(cap);
    }

    @Test
    void the_paying_parent_sees_the_action_and_its_charge_the_receiving_parent_only_a_plain_status() {
        CaseFixtures.Linked c = decided();
        enforcement.take(c.caseId(), EnforcementKind.LIABILITY_ORDER, null, "Court application");
        fx.signIn(c.payingEmail());
        EnforcementActions.ParentView paying = enforcement.forParent(c.caseId());
        assertThat(paying.paying()).isTrue();
        assertThat(paying.actions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(EnforcementKind.LIABILITY_ORDER);
            assertThat(a.charge()).isEqualByComparingTo("300.00");
        });
        assertThatThrownBy(() -> enforcement.take(c.caseId(), EnforcementKind.DEO, null, "x"))
                .isInstanceOf(AccessDeniedException.class);
        fx.signIn(c.receivingEmail());
        EnforcementActions.ParentView receiving = enforcement.forParent(c.caseId());
        assertThat(receiving.paying()).isFalse();
        assertThat(receiving.actions()).isEmpty();
        assertThat(receiving.actionUnderWay()).isTrue();
        assertThat(receiving.since()).isEqualTo(LocalDate.now(clock));
    }
}
