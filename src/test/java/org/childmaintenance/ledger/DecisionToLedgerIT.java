package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A decision's payment schedule becomes the ledger's obligations, and a new decision replaces them. */
@PortalTest
class DecisionToLedgerIT {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired LedgerService ledger;
    @Autowired MutableClock clock;

    @Test
    void both_parents_see_the_decided_schedule_on_their_payments_page() {
        LocalDate today = LocalDate.now(clock);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Ada", today.minusYears(7))),
                org.childmaintenance.cases.ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY,
                PaymentFrequency.MONTHLY, fx.nights(c.caseId())));

        LedgerViews.CasePayments payingView = ledger.casePayments(c.caseId());
        assertThat(payingView.caseReference()).isEqualTo(c.reference());
        assertThat(payingView.serviceType()).isEqualTo(ServiceType.COLLECT_AND_PAY);
        assertThat(payingView.rows()).hasSize(12);
        assertThat(payingView.rows().getFirst().amount()).isEqualByComparingTo("259.31");

        fx.signIn(c.receivingEmail());
        assertThat(ledger.casePayments(c.caseId()).rows()).hasSize(12);
    }

    @Test
    void the_service_type_stays_the_same_on_both_sides_whoever_switches_it() {
        LocalDate today = LocalDate.now(clock);
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Bo", today.minusYears(5))),
                org.childmaintenance.cases.ServiceType.DIRECT_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY,
                PaymentFrequency.MONTHLY, fx.nights(c.caseId())));
        assertThat(ledger.casePayments(c.caseId()).serviceType()).isEqualTo(ServiceType.DIRECT_PAY);

        // Casework moves it to Collect and Pay from the payments side: the case follows.
        fx.signInCaseworker();
        ledger.switchToCollectAndPay(c.caseId(), "Two missed payments");
        fx.signIn(c.receivingEmail());
        assertThat(cases.myCase(c.caseId()).serviceType()).isEqualTo(org.childmaintenance.cases.ServiceType.COLLECT_AND_PAY);

        // The parents switch back through "Report a change": the ledger follows.
        org.childmaintenance.cases.CaseAnswers a = new org.childmaintenance.cases.CaseAnswers();
        a.setServiceType(org.childmaintenance.cases.ServiceType.DIRECT_PAY);
        cases.reportChange(c.caseId(), org.childmaintenance.cases.ChangeKind.SERVICE_TYPE, a);
        assertThat(cases.myCase(c.caseId()).serviceType()).isEqualTo(org.childmaintenance.cases.ServiceType.DIRECT_PAY);
        assertThat(ledger.casePayments(c.caseId()).serviceType()).isEqualTo(ServiceType.DIRECT_PAY);
    }
}
