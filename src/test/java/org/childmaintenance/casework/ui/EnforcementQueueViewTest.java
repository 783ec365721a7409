package org.childmaintenance.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.casework.EnforcementActions;
import org.childmaintenance.casework.EnforcementKind;
import org.childmaintenance.casework.LedgerApprovals;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The desk's queue of enforcement actions due a next step: count and age on the desk, oldest first, "Assign to me". */
class EnforcementQueueViewTest extends KaribuTest {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired LedgerApprovals approvals;
    @Autowired EnforcementActions enforcement;

    /** A decided Collect and Pay case with £90.00 owed from today, missed from tomorrow. */
    private CaseFixtures.Linked owing() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Queue", LocalDate.now(clock).minusYears(7))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        signInAs("caseworker@example.com");
        approvals.request(c.caseId(), new LedgerApprovals.Request("ADJUSTMENT", "90.00", "INCREASE", null, "Missed"));
        return c;
    }

    /** A regular deduction order (its next step's earliest date 28 days on). */
    private long rdo(CaseFixtures.Linked c) {
        return enforcement.take(c.caseId(), new EnforcementActions.Step(EnforcementKind.RDO, "30.00", "Arrears",
                "Said he will not pay", null));
    }

    @Test
    void the_desk_counts_actions_due_and_a_caseworker_assigns_one_to_themself_with_an_ended_one_refused_first() {
        CaseFixtures.Linked first = owing();
        CaseFixtures.Linked second = owing();
        clock.advance(Duration.ofDays(1));
        long a = rdo(first);
        long b = rdo(second);
        clock.advance(Duration.ofDays(31)); // 28 days after they started, and two more

        UI.getCurrent().navigate(DeskView.class);
        String desk = byId("desk-queues").getElement().getOuterHTML();
        assertThat(desk).contains("Enforcement actions due a next step", "href=\"casework/enforcement\"",
                "Enforcement actions assigned to me");
        assertThat(_get(Paragraph.class, p -> p.withId("desk-assignment")).getText())
                .contains("enforcement actions due a next step can be assigned");

        UI.getCurrent().navigate(EnforcementQueueView.class);
        assertThat(h1()).isEqualTo("Enforcement actions due a next step");
        String table = byId("enforcement-due").getElement().getOuterHTML();
        assertThat(table).contains(first.reference(), second.reference(), "Regular deduction order (bank account)", "Nobody yet");

        // Ended behind the page's back: taking it is refused and said so; the other is assigned.
        enforcement.end(a, "Paid by the bank");
        click("assign-" + a);
        assertThat(_get(Paragraph.class, p -> p.withId("queue-status")).getText())
                .isEqualTo("This enforcement action is no longer active");
        assertThat(byId("enforcement-due").getElement().getOuterHTML()).doesNotContain(first.reference());
        click("assign-" + b);
        assertThat(_get(Paragraph.class, p -> p.withId("queue-status")).getText())
                .isEqualTo(second.reference() + " is assigned to you. It counts in your work on the casework desk.");
        assertThat(byId("enforcement-due").getElement().getOuterHTML()).contains("You");

        UI.getCurrent().navigate(CaseRecordView.class, new com.vaadin.flow.router.RouteParameters(CaseRecordView.CASE_ID,
                Long.toString(second.caseId())));
        assertThat(byId("enforcement-actions").getElement().getOuterHTML()).contains("Next step from", "(due now)");
    }

    @Test
    void parents_employers_and_representatives_do_not_reach_the_enforcement_queue() {
        for (String who : List.of("parent@example.com", "payroll@example.com", "representative@example.com")) {
            signInAs(who);
            UI.getCurrent().navigate("casework/enforcement");
            _get(AccessDeniedView.class);
        }
    }
}
