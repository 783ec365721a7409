package org.childmaintenance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerViews.CasePayments;
import org.childmaintenance.ledger.LedgerViews.CaseSummary;
import org.childmaintenance.ledger.LedgerViews.LineStatus;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The demo tells one story: the demo parents' payments are those of their real case, told through the services. */
@PortalTest
class LedgerDemoDataIT {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired LedgerQueries queries;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void my_case_payments_and_statements_tell_the_same_story_for_both_demo_parents() {
        fx.signIn(LedgerDemoData.RECEIVING);
        Set<Long> myCases = cases.myCases().stream().map(CaseService.CaseSummary::id).collect(Collectors.toSet());
        List<CaseSummary> payments = queries.myCases();
        assertThat(payments).as("every case on Payments is a case on My case").isNotEmpty()
                .allSatisfy(p -> assertThat(myCases).contains(p.caseId()))
                .noneSatisfy(p -> assertThat(p.caseReference()).startsWith("DEMO-"));
        CaseSummary demo = payments.stream().filter(p -> p.caseReference().equals("121000000001")).findFirst().orElseThrow();
        assertThat(cases.myCase(demo.caseId()).serviceType()).as("the case moved to Collect and Pay")
                .isEqualTo(ServiceType.COLLECT_AND_PAY);

        CasePayments p = queries.casePayments(demo.caseId());
        assertThat(p.serviceType()).isEqualTo(ServiceType.COLLECT_AND_PAY);
        assertThat(p.rows()).extracting(LedgerViews.ScheduleRow::dueDate).as("the case's own schedule")
                .containsExactlyElementsOf(cases.myCase(demo.caseId()).schedule().stream()
                        .map(CaseService.InstalmentView::dueDate).toList());
        assertThat(p.rows()).anySatisfy(r -> assertThat(r.status()).isEqualTo(LineStatus.PAID));
        assertThat(p.rows()).anySatisfy(r -> {
            assertThat(r.status()).isEqualTo(LineStatus.REPORTED_MISSED);
            assertThat(r.paid().signum()).as("part paid").isPositive();
        });
        assertThat(p.arrears().signum()).as("the rest of the missed payment").isPositive();
        assertThat(p.reportedMissed()).hasSize(1);
        assertThat(queries.statement(demo.caseId(), p.rows().getFirst().dueDate(), p.asOf()).lines())
                .extracting(LedgerViews.StatementLine::type).contains(TxType.MAINTENANCE_DUE);

        fx.signIn(LedgerDemoData.PAYING);
        assertThat(queries.casePayments(demo.caseId()).arrears()).isEqualByComparingTo(p.arrears());
        assertThat(queries.casePayments(demo.caseId()).mayAgreePlan()).as("the paying parent may agree a plan").isTrue();
    }
}
