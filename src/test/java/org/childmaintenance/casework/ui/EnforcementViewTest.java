package org.childmaintenance.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
import org.childmaintenance.casework.LiabilityOutcomeKind;
import org.childmaintenance.casework.LedgerApprovals;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.identity.OrganisationDirectory;
import org.childmaintenance.identity.OrganisationDirectory.OrganisationInfo;
import com.vaadin.flow.component.select.Select;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.Ui;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Enforcement on the case page (one at a time, errors by the fields) and what each parent then sees. */
@SuppressWarnings("unchecked")
class EnforcementViewTest extends KaribuTest {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired OrganisationDirectory organisations;
    @Autowired LedgerApprovals approvals;
    @Autowired DeductionOrderService orders;

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

    @Test
    void a_lump_sum_order_is_taken_as_interim_and_made_final_on_the_case_page_with_errors_first() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Lsdo", LocalDate.now(clock).minusYears(4))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/case/" + c.caseId());
        type("enforcement-kind", EnforcementKind.LSDO);
        type("enforcement-amount", "400.00");
        type("enforcement-reason", "Savings found");
        click("take-action");
        assertThat(byId("enforcement-actions").getElement().getOuterHTML())
                .contains("Lump sum deduction order – interim: the account is frozen", "£400.00", "Active");
        long id = Long.parseLong(_get(com.vaadin.flow.component.button.Button.class,
                b -> b.withText("Make final and deduct")).getId().orElseThrow().substring("final-".length()));

        type("final-amount", "400.01");
        click("final-" + id);
        assertThat(Ui.summaryMessages()).containsExactly(
                "The amount deducted cannot be more than the amount frozen by the interim order",
                "Enter the reason for this change to the account");
        assertThat(Ui.errorOf("final-amount")).isNotBlank();

        type("final-amount", "400.00");
        type("end-reason", "Bank confirmed");
        click("final-" + id);
        assertThat(byId("enforcement-actions").getElement().getOuterHTML())
                .contains("Lump sum deduction order – final: £400.00 deducted", "Ended");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, b -> b.withId("final-" + id))).isEmpty();

        fx.signIn(c.payingEmail());
        UI.getCurrent().navigate("case/" + c.caseId() + "/enforcement");
        assertThat(byId("enforcement-actions").getElement().getOuterHTML()).contains("final: £400.00 deducted");
    }

    @Test
    void a_deo_is_issued_from_the_case_page_to_a_registered_employer_with_every_missing_answer_by_its_field() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Deo", LocalDate.now(clock).minusYears(5))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/case/" + c.caseId());
        assertThat(_get(Paragraph.class, p -> p.withId("warning-state")).getText()).startsWith("No payments are missed");
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("deo-details"))).as("shown for a DEO only").isEmpty();

        type("enforcement-kind", EnforcementKind.DEO);
        assertThat(byId("deo-details").isVisible()).isTrue();
        type("deo-start-day", "31");
        type("deo-start-month", "2");
        type("deo-start-year", "2031");
        click("take-action");
        assertThat(Ui.summaryMessages()).containsExactly("Select the employer",
                "Enter the employee's payroll number (up to 40 characters)", "Select how often the employee is paid",
                "Date must be a real date", "Enter the reason for this change to the account");
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("enforcement-actions"))).isEmpty();

        Select<OrganisationInfo> employer = (Select<OrganisationInfo>) byId("deo-employer");
        employer.setValue(organisations.findByName("Northfield Foods Ltd").orElseThrow());
        type("deo-payroll", "NF-K" + System.nanoTime() % 100000);
        type("deo-frequency", PayFrequency.WEEKLY);
        LocalDate today = LocalDate.now(clock);
        type("deo-start-day", String.valueOf(today.getDayOfMonth()));
        type("deo-start-month", String.valueOf(today.getMonthValue()));
        type("deo-start-year", String.valueOf(today.getYear()));
        type("enforcement-reason", "Arrears; employer known");
        click("take-action");
        assertThat(_get(Paragraph.class, p -> p.withId("case-message")).getText())
                .isEqualTo("Deduction from earnings order issued to the employer and its charge added.");
        assertThat(byId("enforcement-actions").getElement().getOuterHTML())
                .contains("Deduction from earnings order: Northfield Foods Ltd", "£50.00", "Active");
        assertThat(byId("enforcement").getElement().getOuterHTML()).contains("Deduction from earnings order with Northfield Foods Ltd");

        fx.signIn(c.payingEmail());
        UI.getCurrent().navigate("case/" + c.caseId() + "/enforcement");
        assertThat(byId("enforcement-actions").getElement().getOuterHTML())
                .contains("Deduction from earnings order: Northfield Foods Ltd", "£50.00");
        fx.signIn(c.receivingEmail());
        UI.getCurrent().navigate("case/" + c.caseId() + "/enforcement");
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("Northfield").doesNotContain("£50.00");
    }

    @Test
    void the_warning_letter_is_sent_from_the_case_page_and_the_next_action_needs_a_reason_until_its_date() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Warn", LocalDate.now(clock).minusYears(5))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        signInAs("caseworker@example.com");
        approvals.request(c.caseId(), new LedgerApprovals.Request("ADJUSTMENT", "80.00", "INCREASE", null, "Missed"));
        clock.advance(java.time.Duration.ofDays(2));
        UI.getCurrent().navigate("casework/case/" + c.caseId());
        assertThat(_get(Paragraph.class, p -> p.withId("warning-state")).getText())
                .startsWith("£80.00 missed since").contains("Send the paying parent the warning letter");
        type("enforcement-kind", EnforcementKind.LIABILITY_ORDER);
        type("enforcement-reason", "Court");
        click("take-action");
        assertThat(Ui.errorOf("enforcement-override")).isEqualTo("Send the warning letter first, or give the reason to act without one");
        assertThat(byId("enforcement").getElement().getOuterHTML()).doesNotContain("enforcement-actions\"");

        click("send-warning");
        assertThat(_get(Paragraph.class, p -> p.withId("case-message")).getText()).startsWith("Warning letter sent.");
        assertThat(_get(Paragraph.class, p -> p.withId("warning-state")).getText()).startsWith("Warning sent on")
                .contains("£80.00", "to pay by");
        assertThat(byId("warnings-sent").getElement().getOuterHTML()).contains("£80.00");
        type("enforcement-kind", EnforcementKind.LIABILITY_ORDER);
        type("enforcement-reason", "Court");
        click("take-action");
        assertThat(Ui.errorOf("enforcement-override")).startsWith("The date in the warning letter has not passed");
        type("enforcement-override", "Said he will never pay");
        click("take-action");
        assertThat(byId("enforcement-actions").getElement().getOuterHTML())
                .contains("Liability order", "Taken before the warning's date: Said he will never pay");
    }

    @Test
    void after_a_liability_order_a_later_step_is_recorded_on_the_case_page_with_errors_first_and_the_paying_parent_sees_it_plainly() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Lo", LocalDate.now(clock).minusYears(6))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/case/" + c.caseId());
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("liability-outcomes")))
                .as("only after a liability order").isEmpty();
        type("enforcement-kind", EnforcementKind.LIABILITY_ORDER);
        type("enforcement-reason", "Earlier steps did not collect");
        click("take-action");
        LocalDate today = LocalDate.now(clock);
        assertThat(byId("enforcement-actions").getElement().getOuterHTML()).contains("Liability order", "Next step from",
                org.childmaintenance.base.DisplayFormats.date(today.plusDays(28)));

        click("choose-outcome");
        assertThat(outcomeErrors()).containsExactly("Choose the step taken after the liability order",
                "Enter the date the step was taken", "Enter the reason for choosing this step");
        assertThat(Ui.errorOf("outcome-kind")).isNotBlank();
        type("outcome-kind", LiabilityOutcomeKind.DISQUALIFICATION_FROM_PASSPORT);
        type("outcome-date-day", "31");
        type("outcome-date-month", "2");
        type("outcome-date-year", String.valueOf(today.getYear()));
        type("outcome-reason", "Agents found nothing");
        click("choose-outcome");
        assertThat(outcomeErrors()).containsExactly(
                "Commitment to prison and disqualification are a last resort: first record enforcement agents or a charging order, on or before this date",
                "Date must be a real date");

        type("outcome-kind", LiabilityOutcomeKind.ENFORCEMENT_AGENTS);
        type("outcome-date-day", String.valueOf(today.getDayOfMonth()));
        type("outcome-date-month", String.valueOf(today.getMonthValue()));
        type("outcome-reason", "Vehicle registered to him");
        click("choose-outcome");
        assertThat(_get(Paragraph.class, p -> p.withId("case-message")).getText())
                .isEqualTo("The step after the liability order is recorded and the paying parent has been told.");
        assertThat(byId("outcomes-table").getElement().getOuterHTML()).contains(
                "Enforcement agents (bailiffs) instructed to take control of goods", "Vehicle registered to him",
                org.childmaintenance.base.DisplayFormats.date(today));

        fx.signIn(c.payingEmail());
        UI.getCurrent().navigate("case/" + c.caseId() + "/enforcement");
        assertThat(byId("outcomes-table").getElement().getOuterHTML())
                .contains("Enforcement agents (bailiffs) instructed to take control of goods")
                .doesNotContain("Vehicle registered to him");
        assertThat(_get(Paragraph.class, p -> p.withId("outcomes-lead")).getText()).startsWith("The court made a liability order");
        fx.signIn(c.receivingEmail());
        UI.getCurrent().navigate("case/" + c.caseId() + "/enforcement");
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("Enforcement agents").doesNotContain("Liability order");
    }

    @Test
    void an_order_issued_on_the_employer_page_is_recorded_as_the_deo_step_from_the_case_page_with_its_reason_first() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Rec", LocalDate.now(clock).minusYears(5))),
                ServiceType.COLLECT_AND_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("26000", IncomeFrequency.YEARLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        signInAs("caseworker@example.com");
        OrganisationInfo northfield = organisations.findByName("Northfield Foods Ltd").orElseThrow();
        long order = orders.issue(new DeductionOrderService.IssueRequest(c.reference(), northfield.id(),
                "NF-R" + System.nanoTime() % 100000, PayFrequency.MONTHLY, LocalDate.now(clock), null));
        UI.getCurrent().navigate("casework/case/" + c.caseId());

        click("record-order-" + order);
        assertThat(Ui.errorOf("enforcement-reason")).isEqualTo("Enter the reason for this change to the account");
        assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("enforcement-actions"))).isEmpty();
        type("enforcement-reason", "Issued on the employer page for the arrears");
        click("record-order-" + order);
        assertThat(_get(Paragraph.class, p -> p.withId("case-message")).getText())
                .isEqualTo("The deduction from earnings order is now the DEO step on the ladder and its charge is added.");
        assertThat(byId("enforcement-actions").getElement().getOuterHTML())
                .contains("Deduction from earnings order: Northfield Foods Ltd", "£50.00", "Active");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, b -> b.withId("record-order-" + order)))
                .as("recorded once").isEmpty();
    }

    private static List<String> outcomeErrors() {
        return ((org.childmaintenance.base.ui.ErrorSummary) byId("outcome-errors")).messages();
    }
}
