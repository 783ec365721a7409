package org.childmaintenance.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.TestAccounts;
import org.childmaintenance.support.Ui;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Ledger actions on the case page: errors next to the fields, a large one waits on the desk for a second caseworker. */
class LedgerActionViewTest extends KaribuTest {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;

    private static java.util.Optional<Button> approveFor(String reason) {
        return _find(Button.class, b -> b.withText("Approve")).stream()
                .filter(b -> rowOf(b.getElement()).getOuterHTML().contains(reason)).findFirst();
    }

    private static com.vaadin.flow.dom.Element rowOf(com.vaadin.flow.dom.Element e) {
        com.vaadin.flow.dom.Element row = e;
        while (row.getParent() != null && !"tr".equals(row.getTag())) {
            row = row.getParent();
        }
        return row;
    }

    @Test
    void a_large_adjustment_waits_for_a_second_caseworker_who_approves_it_on_the_desk() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Led", LocalDate.now(clock).minusYears(5))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        String second = TestAccounts.uniqueEmail("second.cw");
        ctx.getBean(IdentityService.class).provisionAccount(AccountKind.CASEWORKER, second, "Sam Second",
                "a-long-test-password-2026", null, null);

        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/case/" + c.caseId());
        click("ask-action");
        assertThat(Ui.summaryMessages()).containsExactly("Choose adjustment, write-off or reversal");

        type("kind", "ADJUSTMENT");
        type("amount", "12.345");
        click("ask-action");
        assertThat(Ui.summaryMessages()).contains("Enter the reason for this change to the account",
                "Choose whether the adjustment increases or decreases maintenance owed");
        assertThat(Ui.errorOf("reason")).isEqualTo("Enter the reason for this change to the account");

        type("target", "INCREASE");
        type("amount", "750.00");
        type("reason", "Arrears from the old scheme");
        click("ask-action");
        assertThat(_get(Paragraph.class, p -> p.withId("case-message")).getText())
                .isEqualTo("Saved: another caseworker must approve this before the account changes.");
        assertThat(byId("ledger-actions").getElement().getOuterHTML()).contains("£750.00", "Waiting for approval");

        UI.getCurrent().navigate(DeskView.class);
        assertThat(byId("approvals-table").getElement().getOuterHTML()).contains("You asked for this", "£750.00");
        assertThat(approveFor("Arrears from the old scheme")).as("nobody approves their own").isEmpty();

        signInAs(second);
        UI.getCurrent().navigate(DeskView.class);
        Button approve = approveFor("Arrears from the old scheme").orElseThrow();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(approve);
        assertThat(_get(Paragraph.class, p -> p.withId("desk-status")).getText())
                .isEqualTo("Approved: the account has been changed.");

        UI.getCurrent().navigate("casework/case/" + c.caseId());
        assertThat(byId("transactions").getElement().getOuterHTML()).contains("Correction", "£750.00",
                "Arrears from the old scheme");
        assertThat(byId("ledger-actions").getElement().getOuterHTML()).contains("Done");
    }
}
