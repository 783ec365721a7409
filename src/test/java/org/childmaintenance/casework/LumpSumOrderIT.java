package org.childmaintenance.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.CaseworkLedger;
import org.childmaintenance.ledger.CaseworkLedger.TransactionView;
import org.childmaintenance.ledger.TxType;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** LC-12.4: a lump sum deduction order is interim (account frozen), then made final (deducted, posted) or ended. */
@PortalTest
class LumpSumOrderIT {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired EnforcementActions enforcement;
    @Autowired LumpSumOrders lumpSums;
    @Autowired CaseworkLedger ledger;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private CaseFixtures.Linked decided() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Lsdo", LocalDate.now(clock).minusYears(8))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        fx.signInCaseworker();
        return c;
    }

    private List<TransactionView> payments(long caseId) {
        return ledger.transactions(caseId).stream().filter(t -> t.type() == TxType.PAYMENT_RECEIVED).toList();
    }

    @Test
    void an_interim_order_freezes_then_made_final_the_amount_is_posted_to_the_penny_and_the_next_step_may_follow() {
        CaseFixtures.Linked c = decided();
        long id = enforcement.take(c.caseId(), EnforcementKind.LSDO, "750.00", "Arrears over 6 months; savings found");
        EnforcementActions.ActionView interim = enforcement.ofCase(c.caseId()).getFirst();
        assertThat(interim.lsdoStage()).isEqualTo("INTERIM");
        assertThat(interim.interimLumpSum()).isTrue();
        assertThat(interim.lumpSum()).isEqualByComparingTo("750.00");
        assertThat(interim.charge()).isEqualByComparingTo("200.00");
        assertThat(payments(c.caseId())).as("nothing is deducted while interim").isEmpty();
        assertThatThrownBy(() -> enforcement.take(c.caseId(), EnforcementKind.LIABILITY_ORDER, null, "court"))
                .as("one action at a time while interim").isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.fieldErrors()).extracting(UserFacingException.FieldError::message)
                                .containsExactly("desk.error.oneAtATime"));

        lumpSums.makeFinal(id, "612.37", "Bank confirmed the frozen balance");
        EnforcementActions.ActionView fin = enforcement.ofCase(c.caseId()).getFirst();
        assertThat(fin.lsdoStage()).isEqualTo("FINAL");
        assertThat(fin.status()).isEqualTo("ENDED");
        assertThat(fin.deducted()).isEqualByComparingTo("612.37");
        assertThat(payments(c.caseId())).singleElement().satisfies(t -> {
            assertThat(t.entries().stream().map(CaseworkLedger.EntryView::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("balanced").isEqualByComparingTo("0");
            assertThat(t.entries().stream().map(CaseworkLedger.EntryView::amount))
                    .as("the amount deducted reaches the ledger to the penny")
                    .anyMatch(a -> a.abs().compareTo(new BigDecimal("612.37")) == 0);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'CASEWORK_ENFORCEMENT_LSDO_FINAL' "
                + "AND subject_id = ?", Integer.class, Long.toString(c.caseId()))).isEqualTo(1);
        assertThatThrownBy(() -> lumpSums.makeFinal(id, "10.00", "again")).hasMessage("desk.error.notInterimLumpSum");
        assertThat(payments(c.caseId())).as("deducted once").hasSize(1);
        enforcement.take(c.caseId(), EnforcementKind.LIABILITY_ORDER, null, "Rest still unpaid");
    }

    @Test
    void a_final_order_takes_no_more_than_was_frozen_needs_a_reason_and_an_ended_interim_order_deducts_nothing() {
        CaseFixtures.Linked c = decided();
        long id = enforcement.take(c.caseId(), EnforcementKind.LSDO, "300.00", "Arrears");
        assertThatThrownBy(() -> lumpSums.makeFinal(id, "300.01", " ")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.fieldErrors()).extracting(UserFacingException.FieldError::message)
                        .containsExactly("desk.error.overFrozen", "desk.error.reason"));
        assertThatThrownBy(() -> lumpSums.makeFinal(id, "nothing", "why")).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.fieldErrors()).extracting(UserFacingException.FieldError::field).containsExactly("final-amount"));
        assertThat(enforcement.ofCase(c.caseId()).getFirst().interimLumpSum()).as("unchanged").isTrue();
        assertThat(payments(c.caseId())).isEmpty();

        enforcement.end(id, "Arrears paid; freeze lifted");
        assertThat(enforcement.ofCase(c.caseId()).getFirst().lsdoStage()).isEqualTo("INTERIM");
        assertThat(enforcement.ofCase(c.caseId()).getFirst().status()).isEqualTo("ENDED");
        assertThatThrownBy(() -> lumpSums.makeFinal(id, "100.00", "late")).hasMessage("desk.error.notInterimLumpSum");
        assertThat(payments(c.caseId())).isEmpty();

        long deo = enforcement.take(c.caseId(), EnforcementKind.BENEFIT, null, "On benefit");
        assertThatThrownBy(() -> lumpSums.makeFinal(deo, "1.00", "not a lump sum")).hasMessage("desk.error.notInterimLumpSum");
    }
}
