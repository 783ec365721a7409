package org.childmaintenance.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.cases.ApplicantType;
import org.childmaintenance.cases.ApplicationDraft;
import org.childmaintenance.cases.CaseAnswers;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ChangeKind;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * The changes a parent reports from My case that have no journey test elsewhere: a child added,
 * a child leaving education, phone, bank details, Direct Pay and Collect and Pay, and closing the
 * case. Each test goes through the pages as the parent would and checks what they then see.
 */
class ChangeJourneysTest extends KaribuTest {

    private CaseFixtures fx() {
        return ctx.getBean(CaseFixtures.class);
    }

    private CaseService cases() {
        return ctx.getBean(CaseService.class);
    }

    private String text(String id) {
        return LocatorJ._get(Paragraph.class, s -> s.withId(id)).getText();
    }

    private String summaryList(String id) {
        return LocatorJ._get(SummaryList.class, s -> s.withId(id)).text();
    }

    private void change(long caseId, ChangeKind kind) {
        UI.getCurrent().navigate("report-a-change/" + caseId + "/" + kind.slug());
    }

    private void myCase(long caseId) {
        UI.getCurrent().navigate("my-case/" + caseId);
        assertThat(h1()).isEqualTo("Your child maintenance case");
    }

    private void date(String field, LocalDate d) {
        type(field + "-day", "" + d.getDayOfMonth());
        type(field + "-month", "" + d.getMonthValue());
        type(field + "-year", "" + d.getYear());
    }

    /** Sends the change from its check page and returns what the confirmation says. */
    private String checkAndSend(ChangeKind kind, String title) {
        assertThat(h1()).isEqualTo("Check your answers: " + title);
        click("send-change");
        assertThat(h1()).isEqualTo("Change sent");
        return text("change-result");
    }

    /** A case with a decision: the paying parent earns £450 a week and pays weekly. */
    private CaseFixtures.Linked activeCase(List<CaseFixtures.Kid> kids, ServiceType service) {
        CaseFixtures.Linked linked = fx().linkedCase(kids, service);
        fx().signIn(linked.payingEmail());
        cases().givePayingDetails(linked.caseId(), CaseFixtures.employed("450", IncomeFrequency.WEEKLY,
                PaymentFrequency.WEEKLY, fx().nights(linked.caseId())));
        return linked;
    }

    @Test
    void a_child_added_makes_a_new_calculation_that_both_parents_see() {
        CaseFixtures.Linked c = activeCase(List.of(CaseFixtures.kid("Ash", LocalDate.now().minusYears(9))), ServiceType.DIRECT_PAY);
        signInAs(c.receivingEmail());
        myCase(c.caseId());
        assertThat(text("weekly-amount")).startsWith("You get £54.00 a week");

        change(c.caseId(), ChangeKind.CHILD_ADDED);
        assertThat(h1()).isEqualTo("What is the full name of the child?");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Enter the child's full name");
        assertThat(errorOf("q-newChildName")).isEqualTo("Enter the child's full name");
        String newChild = CaseFixtures.kid("Bo", LocalDate.now()).name();
        type("q-newChildName", newChild);
        click("continue");

        date("q-newChildDateOfBirth", LocalDate.now().minusYears(21));
        click("continue");
        assertThat(summaryMessages()).containsExactly("Children aged 20 or over cannot be included");
        date("q-newChildDateOfBirth", LocalDate.now().minusYears(5));
        click("continue");

        assertThat(text("preview-outcome")).startsWith("This makes a new calculation");
        assertThat(checkAndSend(ChangeKind.CHILD_ADDED, "Another child of you both should be included"))
                .startsWith("We have worked out a new amount: £72.00 a week from");

        myCase(c.caseId());
        assertThat(text("weekly-amount")).startsWith("You get £72.00 a week");
        assertThat(summaryList("case-facts")).contains(newChild);

        signInAs(c.payingEmail());
        myCase(c.caseId());
        assertThat(text("weekly-amount")).startsWith("You pay £72.00 a week");
    }

    @Test
    void a_child_leaving_education_ends_their_part_of_the_case_and_lowers_the_amount() {
        CaseFixtures.Kid older = CaseFixtures.kid("Cal", LocalDate.now().minusYears(17));
        CaseFixtures.Linked c = activeCase(List.of(older, CaseFixtures.kid("Dee", LocalDate.now().minusYears(8))),
                ServiceType.DIRECT_PAY);
        signInAs(c.receivingEmail());
        myCase(c.caseId());
        assertThat(text("weekly-amount")).startsWith("You get £72.00 a week");
        long olderId = cases().caseChildren(c.caseId()).stream().filter(k -> k.name().equals(older.name()))
                .findFirst().orElseThrow().id();

        change(c.caseId(), ChangeKind.CHILD_LEFT_EDUCATION);
        assertThat(h1()).isEqualTo("Which child is this about?");
        click("continue");
        assertThat(errorOf("q-childId")).isEqualTo("Select which child this is about");
        type("q-childId", olderId);
        click("continue");

        click("continue");
        assertThat(summaryMessages()).containsExactly("Enter the date the change happened");
        date("q-happenedOn", LocalDate.now().plusDays(2));
        click("continue");
        assertThat(summaryMessages()).containsExactly("The date must be today or in the past");
        date("q-happenedOn", LocalDate.now());
        click("continue");

        assertThat(text("preview-outcome")).startsWith("This makes a new calculation");
        assertThat(checkAndSend(ChangeKind.CHILD_LEFT_EDUCATION, "A child has left full-time education"))
                .startsWith("We have worked out a new amount: £54.00 a week from");

        myCase(c.caseId());
        assertThat(text("weekly-amount")).startsWith("You get £54.00 a week");
        assertThat(summaryList("case-facts")).contains(older.name() + " (included until ");
    }

    @Test
    void a_new_phone_number_is_checked_then_shown_in_my_details() {
        CaseFixtures.Linked c = fx().linkedCase(List.of(CaseFixtures.kid("Eli", LocalDate.now().minusYears(4))), ServiceType.DIRECT_PAY);
        signInAs(c.payingEmail());
        change(c.caseId(), ChangeKind.PHONE);
        assertThat(h1()).isEqualTo("What is your new phone number?");
        click("continue");
        assertThat(errorOf("q-phone")).isEqualTo("Enter your new phone number");
        type("q-phone", "12");
        click("continue");
        assertThat(errorOf("q-phone")).isEqualTo("Enter a phone number, like 07700 900 982 or 01632 960 001");
        type("q-phone", "07700 900 982");
        click("continue");

        assertThat(checkAndSend(ChangeKind.PHONE, "Your phone number"))
                .isEqualTo("We have updated your phone number. The other parent cannot see it.");
        myCase(c.caseId());
        assertThat(summaryList("my-details")).contains("07700 900 982");
    }

    @Test
    void new_bank_details_are_checked_field_by_field_then_shown_by_their_last_digits() {
        CaseFixtures.Linked c = fx().linkedCase(List.of(CaseFixtures.kid("Fay", LocalDate.now().minusYears(6))), ServiceType.DIRECT_PAY);
        signInAs(c.receivingEmail());
        change(c.caseId(), ChangeKind.BANK);
        assertThat(h1()).isEqualTo("What are your new bank details?");
        type("q-bankAccountName", "");
        type("q-sortCode", "");
        type("q-accountNumber", "");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Enter the name on the account", "Enter a sort code", "Enter an account number");

        type("q-bankAccountName", "F RECEIVER");
        type("q-sortCode", "40-47");
        type("q-accountNumber", "8765");
        click("continue");
        assertThat(errorOf("q-bankAccountName")).isNull();
        assertThat(errorOf("q-sortCode")).isEqualTo("Enter a valid sort code like 309430");
        assertThat(errorOf("q-accountNumber")).isEqualTo("Enter a valid account number like 00733445");

        type("q-sortCode", "40 47 84");
        type("q-accountNumber", "87654321");
        click("continue");
        assertThat(checkAndSend(ChangeKind.BANK, "Your bank details")).isEqualTo("We have updated your bank details.");

        myCase(c.caseId());
        assertThat(summaryList("my-details")).contains("F RECEIVER").contains("4321").doesNotContain("87654321");
    }

    @Test
    void direct_pay_switches_to_collect_and_pay_and_back_and_both_parents_are_told() {
        CaseFixtures.Linked c = fx().linkedCase(List.of(CaseFixtures.kid("Gil", LocalDate.now().minusYears(3))), ServiceType.DIRECT_PAY);
        signInAs(c.receivingEmail());
        change(c.caseId(), ChangeKind.SERVICE_TYPE);
        assertThat(h1()).isEqualTo("How do you want payments to be made?");
        click("continue");
        assertThat(errorOf("q-serviceType")).isEqualTo("Select how you want payments to be made");
        type("q-serviceType", ServiceType.COLLECT_AND_PAY);
        click("continue");
        assertThat(checkAndSend(ChangeKind.SERVICE_TYPE, "How payments are made (Direct Pay or Collect and Pay)"))
                .isEqualTo("We have changed how payments are made. We have told both of you.");
        myCase(c.caseId());
        assertThat(summaryList("case-facts")).contains("Collect and Pay");

        signInAs(c.payingEmail());
        myCase(c.caseId());
        assertThat(summaryList("case-facts")).contains("Collect and Pay");
        assertThat(LocatorJ._get(com.vaadin.flow.component.html.OrderedList.class, s -> s.withId("timeline"))
                .getElement().getTextRecursively()).contains("Payments are now made by Collect and Pay.");

        change(c.caseId(), ChangeKind.SERVICE_TYPE);
        type("q-serviceType", ServiceType.DIRECT_PAY);
        click("continue");
        checkAndSend(ChangeKind.SERVICE_TYPE, "How payments are made (Direct Pay or Collect and Pay)");
        myCase(c.caseId());
        assertThat(summaryList("case-facts")).contains("Direct Pay").doesNotContain("Collect and Pay");
    }

    @Test
    void direct_pay_is_not_offered_and_is_refused_when_the_case_has_a_safety_concern() {
        String rp = fx().newParent("rp");
        String pp = fx().newParent("pp");
        fx().signIn(rp);
        ApplicationDraft d = CaseFixtures.draft(ApplicantType.RECEIVING_PARENT, pp, ServiceType.COLLECT_AND_PAY,
                List.of(CaseFixtures.kid("Hal", LocalDate.now().minusYears(7))));
        d.setDomesticAbuse(true);
        long caseId = fx().apply(d).caseId();
        String code = fx().codeMailedTo(pp);
        fx().signIn(pp);
        cases().acceptInvitation(code, true);

        for (String parent : List.of(rp, pp)) {
            signInAs(parent);
            change(caseId, ChangeKind.SERVICE_TYPE);
            assertThat(LocatorJ._get(RadioButtonGroup.class, s -> s.withId("q-serviceType")).getListDataView().getItems().toList())
                    .as("choices offered to " + parent).containsExactly(ServiceType.COLLECT_AND_PAY);
            assertThat(LocatorJ._find(Paragraph.class, s -> s.withText(
                    "Because of what you told us about your safety, we will collect the payments and pass them on."
                            + " You will not need to share your bank details with the other parent."))).hasSize(1);

            CaseAnswers answers = new CaseAnswers();
            answers.setServiceType(ServiceType.DIRECT_PAY);
            UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                    () -> cases().reportChange(caseId, ChangeKind.SERVICE_TYPE, answers));
            assertThat(refused).as("Direct Pay refused for " + parent).isNotNull();
            assertThat(refused.fieldErrors()).extracting(UserFacingException.FieldError::field, UserFacingException.FieldError::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("serviceType", "error.apply.serviceType.notOffered"));
        }
        myCase(caseId);
        assertThat(summaryList("case-facts")).contains("Collect and Pay");
    }

    @Test
    void closing_the_case_becomes_a_caseworker_task_and_the_caseworker_closes_it() {
        CaseFixtures.Linked c = activeCase(List.of(CaseFixtures.kid("Ivy", LocalDate.now().minusYears(10))), ServiceType.DIRECT_PAY);
        signInAs(c.payingEmail());
        change(c.caseId(), ChangeKind.CLOSE);
        assertThat(h1()).isEqualTo("Why do you want to close the case?");
        click("continue");
        assertThat(errorOf("q-closeReason")).isEqualTo("Tell us why you want to close the case");
        type("q-closeReason", "x".repeat(601));
        click("continue");
        assertThat(errorOf("q-closeReason")).isEqualTo("Reason must be 600 characters or less");
        type("q-closeReason", "We have agreed our own arrangement.");
        click("continue");
        assertThat(checkAndSend(ChangeKind.CLOSE, "Close the case"))
                .isEqualTo("A caseworker will contact you about closing the case. Until then, payments stay the same.");
        myCase(c.caseId());
        assertThat(text("weekly-amount")).as("payments stay the same until a caseworker closes it").startsWith("You pay £54.00 a week");

        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(CaseworkView.class);
        assertThat(h1()).isEqualTo("Cases to action");
        Button close = LocatorJ._get(Button.class, s -> s.withPredicate(b -> b.getId().orElse("").startsWith("close-")
                && b.getElement().getParent().getParent().getTextRecursively().contains(c.reference())));
        assertThat(close.getText()).isEqualTo("Close the case");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(close);
        assertThat(text("casework-message")).isEqualTo("Case " + c.reference() + ": closed.");
        assertThat(LocatorJ._find(Button.class, s -> s.withPredicate(b -> b.getId().orElse("").startsWith("close-")
                && b.getElement().getParent().getParent().getTextRecursively().contains(c.reference()))))
                .as("the request leaves the queue").isEmpty();

        signInAs(c.receivingEmail());
        myCase(c.caseId());
        assertThat(LocatorJ._find(Paragraph.class, s -> s.withText(
                "Regular child maintenance has ended. Missed payments from before it ended are still owed."))).hasSize(1);
        assertThat(LocatorJ._find(LocatorJ._get(MyCaseView.class), com.vaadin.flow.router.RouterLink.class,
                s -> s.withText("Report a change")))
                .as("no changes on a closed case").isEmpty();
    }
}
