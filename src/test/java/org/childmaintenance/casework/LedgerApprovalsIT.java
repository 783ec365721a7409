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
import org.childmaintenance.casework.LedgerApprovals.Outcome;
import org.childmaintenance.casework.LedgerApprovals.Request;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.ledger.CaseworkLedger;
import org.childmaintenance.ledger.CaseworkLedger.TransactionView;
import org.childmaintenance.ledger.LedgerAccount;
import org.childmaintenance.ledger.TxType;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Ledger actions from the desk: up to £500 at once; above it only a different caseworker's approval posts them. */
@PortalTest
class LedgerApprovalsIT {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired LedgerApprovals approvals;
    @Autowired CaseworkLedger ledger;
    @Autowired IdentityService identity;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private CaseFixtures.Linked decided() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Ivy", LocalDate.now(clock).minusYears(7))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        return c;
    }

    private String secondCaseworker() {
        String email = TestAccounts.uniqueEmail("second.caseworker");
        identity.provisionAccount(AccountKind.CASEWORKER, email, "Sam Second", "a-long-test-password-2026", null, null);
        return email;
    }

    private List<TransactionView> ofType(long caseId, TxType type) {
        return ledger.transactions(caseId).stream().filter(t -> t.type() == type).toList();
    }

    private static BigDecimal on(TransactionView t, LedgerAccount account) {
        return t.entries().stream().filter(e -> e.account() == account).map(CaseworkLedger.EntryView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void above_the_limit_only_a_different_caseworker_can_approve_and_only_then_the_ledger_is_posted() {
        CaseFixtures.Linked c = decided();
        String second = secondCaseworker();
        fx.signInCaseworker();
        assertThat(approvals.request(c.caseId(), new Request("ADJUSTMENT", "600.00", "INCREASE", null, "Missed arrears found")))
                .isEqualTo(Outcome.AWAITING_APPROVAL);
        assertThat(ofType(c.caseId(), TxType.ADJUSTMENT)).isEmpty();
        long id = approvals.ofCase(c.caseId()).getFirst().id();

        assertThatThrownBy(() -> approvals.approve(id)).isInstanceOf(UserFacingException.class)
                .hasMessage("desk.error.ownApproval");
        assertThat(ofType(c.caseId(), TxType.ADJUSTMENT)).isEmpty();

        fx.signIn(second);
        approvals.approve(id);
        List<TransactionView> posted = ofType(c.caseId(), TxType.ADJUSTMENT);
        assertThat(posted).hasSize(1);
        assertThat(posted.getFirst().entries().stream().map(CaseworkLedger.EntryView::amount).filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("600.00");
        assertThat(approvals.ofCase(c.caseId()).getFirst().status()).isEqualTo("APPROVED");
        assertThatThrownBy(() -> approvals.approve(id)).hasMessage("desk.error.notPending");
        assertThat(ofType(c.caseId(), TxType.ADJUSTMENT)).hasSize(1);
    }

    @Test
    void up_to_the_limit_the_action_posts_at_once_and_a_reversal_undoes_it_to_the_penny() {
        CaseFixtures.Linked c = decided();
        fx.signInCaseworker();
        assertThat(approvals.request(c.caseId(), new Request("ADJUSTMENT", "500.00", "DECREASE", null, "Agreed correction")))
                .isEqualTo(Outcome.POSTED);
        TransactionView adjustment = ofType(c.caseId(), TxType.ADJUSTMENT).getFirst();
        assertThat(adjustment.entries().stream().map(CaseworkLedger.EntryView::amount).filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("500.00");

        assertThat(approvals.request(c.caseId(), new Request("REVERSAL", null, null, adjustment.id(), "Entered twice")))
                .isEqualTo(Outcome.POSTED);
        TransactionView reversal = ofType(c.caseId(), TxType.REVERSAL).getFirst();
        for (var e : adjustment.entries()) {
            assertThat(on(reversal, e.account())).isEqualByComparingTo(on(adjustment, e.account()).negate());
        }
    }

    @Test
    void a_request_without_a_reason_or_amount_is_refused_and_nothing_is_saved() {
        CaseFixtures.Linked c = decided();
        fx.signInCaseworker();
        assertThatThrownBy(() -> approvals.request(c.caseId(), new Request("WRITE_OFF", "ten", null, null, " ")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field).containsExactlyInAnyOrder("reason", "amount", "target"));
        assertThatThrownBy(() -> approvals.request(c.caseId(), new Request("REVERSAL", null, null, 1L, "Wrong")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field).containsExactly("transaction"));
        assertThat(approvals.ofCase(c.caseId())).isEmpty();
    }

    @Test
    void parents_cannot_ask_for_or_approve_ledger_actions() {
        CaseFixtures.Linked c = decided();
        fx.signIn(c.payingEmail());
        assertThatThrownBy(() -> approvals.request(c.caseId(), new Request("ADJUSTMENT", "1.00", "DECREASE", null, "me")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approvals.pending()).isInstanceOf(AccessDeniedException.class);
    }
}
