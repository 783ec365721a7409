package org.childmaintenance.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.casework.EnforcementKind;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.Ui;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Enforcement on the case page (one at a time, errors by the fields) and what each parent then sees. */
class EnforcementViewTest extends KaribuTest {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;

    @Test
    void a_caseworker_takes_one_action_at_a_time_and_each_parent_sees_their_part() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Enf", LocalDate.now(clock).minusYears(4))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/case/" + c.caseId());

        click("take-action");
        assertThat(Ui.summaryMessages()).containsExactly("Choose the enforcement action to take");
        type("enforcement-kind", EnforcementKind.LSDO);
        type("enforcement-reason", "Arrears over 3 months");
        click("take-action");
        assertThat(Ui.errorOf("enforcement-amount")).isNotBlank();
        type("enforcement-amount", "900.00");
        click("take-action");
        assertThat(_get(Paragraph.class, p -> p.withId("case-message")).getText())
                .isEqualTo("Enforcement action taken and its charge added.");
        assertThat(byId("enforcement-actions").getElement().getOuterHTML()).contains("Lump sum deduction order", "£200.00", "Active");

        type("enforcement-kind", EnforcementKind.LIABILITY_ORDER);
        type("enforcement-reason", "Court");
        click("take-action");
        assertThat(Ui.summaryMessages()).containsExactly(
                "Another enforcement action is still active on this case: end it or withdraw it first");

        fx.signIn(c.payingEmail());
        UI.getCurrent().navigate("case/" + c.caseId() + "/enforcement");
        assertThat(byId("enforcement-actions").getElement().getOuterHTML()).contains("Lump sum deduction order", "£200.00");

        fx.signIn(c.receivingEmail());
        UI.getCurrent().navigate("case/" + c.caseId() + "/enforcement");
        assertThat(_get(Paragraph.class, p -> p.withId("enforcement-status")).getText())
                .startsWith("We are taking action to collect missed payments");
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("£200.00").doesNotContain("Lump sum");
    }
}
