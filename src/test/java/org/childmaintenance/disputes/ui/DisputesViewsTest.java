package org.childmaintenance.disputes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.title;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.disputes.ChallengeReason;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The "Ask us to look again" pages, their errors, the other parent's view and casework's outcome. */
class DisputesViewsTest extends KaribuTest {
    static final byte[] PDF = "%PDF-1.4\n%test\n".getBytes();

    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;

    private CaseFixtures.Linked decided() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Ivy", LocalDate.now(clock).minusYears(5))),
                ServiceType.DIRECT_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        return c;
    }

    @Test
    void a_parent_asks_us_to_look_again_page_by_page_and_the_other_parent_is_invited_without_the_reasons() {
        CaseFixtures.Linked c = decided();
        signInAs(c.payingEmail());
        UI.getCurrent().navigate("my-case/" + c.caseId());
        assertThat(byId("look-again").getElement().getText()).contains("ask us to look again by");
        UI.getCurrent().navigate("disputes/case/" + c.caseId());
        assertThat(h1()).isEqualTo("Decisions and reconsiderations");
        String decisionId = _find(com.vaadin.flow.router.RouterLink.class).stream()
                .map(l -> l.getId().orElse("")).filter(s -> s.startsWith("ask-")).findFirst().orElseThrow().substring(4);

        UI.getCurrent().navigate("disputes/case/" + c.caseId() + "/ask");
        assertThat(h1()).isEqualTo("Which decision do you want us to look at again?");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select the decision you want us to look at again");
        assertThat(title()).startsWith("Error: ");
        type("decision", Long.parseLong(decisionId));
        click("continue");

        assertThat(h1()).isEqualTo("What do you think is wrong?");
        click("continue");
        assertThat(errorOf("reasons")).isEqualTo("Select what you think is wrong");
        type("reasons", Set.of(ChallengeReason.INCOME));
        click("continue");

        assertThat(h1()).isEqualTo("Tell us what is wrong and what you think is right");
        click("continue");
        assertThat(errorOf("details")).isEqualTo("Tell us what you think is wrong");
        type("details", "SECRET-REASON I earn £400 a week");
        click("continue");

        assertThat(h1()).isEqualTo("Add evidence (optional)");
        UploadKt._upload(_get(Upload.class), "payslip.pdf", "application/pdf", "<html>not a pdf</html>".getBytes());
        assertThat(byId("attachment-error").isVisible()).isTrue();
        assertThat(byId("attachment-error").getElement().getText()).isEqualTo("The selected file must be a PDF, JPEG or PNG");
        UploadKt._upload(_get(Upload.class), "payslip.pdf", "application/pdf", PDF);
        assertThat(byId("attachment-files").getElement().getOuterHTML()).contains("payslip.pdf");
        click("continue");

        assertThat(h1()).isEqualTo("Check your answers before sending");
        assertThat(byId("check-answers").getElement().getOuterHTML()).contains("SECRET-REASON", "payslip.pdf");
        click("send");
        assertThat(byId("confirmation").getElement().getOuterHTML()).contains("We have your request");

        UI.getCurrent().navigate("disputes/case/" + c.caseId());
        assertThat(byId("reconsideration-" + firstReconsideration(c)).getElement().getOuterHTML())
                .contains("You asked us to look again", "Received");

        signInAs(c.receivingEmail());
        UI.getCurrent().navigate("disputes/case/" + c.caseId());
        String page = _get(DisputesView.class).getElement().getOuterHTML();
        assertThat(page).contains("The other parent asked us to look again", "Add your own points")
                .doesNotContain("SECRET-REASON").doesNotContain("payslip");
    }

    private String firstReconsideration(CaseFixtures.Linked c) {
        return _find(com.vaadin.flow.component.html.Div.class).stream().map(d -> d.getId().orElse(""))
                .filter(s -> s.startsWith("reconsideration-")).findFirst().orElseThrow().substring("reconsideration-".length());
    }

    @Test
    void with_no_decision_the_journey_says_so() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Ned", LocalDate.now(clock).minusYears(5))),
                ServiceType.DIRECT_PAY);
        signInAs(c.receivingEmail());
        UI.getCurrent().navigate("disputes/case/" + c.caseId() + "/ask");
        assertThat(byId("no-decision").getElement().getText()).isEqualTo("There is no decision on this case to look at again yet");
    }

    @Test
    void after_the_last_day_the_journey_asks_why_it_is_late() {
        CaseFixtures.Linked c = decided();
        clock.set(LocalDate.now(clock).plusDays(45).atTime(12, 0).toInstant(ZoneOffset.UTC));
        signInAs(c.payingEmail());
        UI.getCurrent().navigate("disputes/case/" + c.caseId());
        assertThat(_get(DisputesView.class).getElement().getOuterHTML()).contains("The last day has passed");
        UI.getCurrent().navigate("disputes/case/" + c.caseId() + "/ask");
        type("decision", -1L);
        click("continue");
        type("reasons", Set.of(ChallengeReason.DATES));
        click("continue");
        type("details", "Wrong start date");
        click("continue");
        click("continue");
        assertThat(h1()).isEqualTo("Why are you asking after the last day?");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Tell us why you are asking after the last day");
        type("late-reason", "I was in hospital");
        click("continue");
        assertThat(byId("check-answers").getElement().getOuterHTML()).contains("the latest", "I was in hospital");
        click("send");
        assertThat(byId("confirmation").isVisible()).isTrue();
    }

    @Test
    void casework_sees_the_queue_and_records_an_outcome_with_errors_first() {
        CaseFixtures.Linked c = decided();
        signInAs(c.payingEmail());
        long id = ctx.getBean(org.childmaintenance.disputes.ReconsiderationService.class).ask(c.caseId(),
                new org.childmaintenance.disputes.ReconsiderationService.Request(null, Set.of(ChallengeReason.INCOME),
                        "wrong", null, List.of()));
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/reconsiderations");
        assertThat(byId("reconsideration-" + id).getElement().getText()).isEqualTo(c.reference());
        UI.getCurrent().navigate("casework/reconsiderations/" + id);
        click("start-review");
        assertThat(byId("done-banner").isVisible()).isTrue();
        click("decide");
        assertThat(summaryMessages()).containsExactly("Select an outcome", "Enter the reasons for the outcome");
        type("outcome-choice", _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                s -> s.withId("outcome-choice")).getListDataView().getItem(1));
        type("outcome-reasons", "The income used was right");
        click("decide");
        assertThat(byId("outcome").getElement().getText()).contains("We did not change the decision");

        signInAs(c.receivingEmail());
        UI.getCurrent().navigate("disputes/case/" + c.caseId());
        assertThat(_get(DisputesView.class).getElement().getOuterHTML()).contains("The last day to appeal is",
                "I have appealed", "The income used was right");
    }

    @Test
    void casework_revises_by_correcting_the_disputed_circumstances_and_the_parent_sees_the_new_decision() {
        CaseFixtures.Linked c = decided();
        signInAs(c.payingEmail());
        long id = ctx.getBean(org.childmaintenance.disputes.ReconsiderationService.class).ask(c.caseId(),
                new org.childmaintenance.disputes.ReconsiderationService.Request(null, Set.of(ChallengeReason.OTHER_CHILDREN),
                        "My stepson lives with me", null, List.of()));
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/reconsiderations/" + id);
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("gross-weekly-income")).getValue())
                .as("filled in with what the decision used").isEqualTo("500.00");
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("relevant-other-children"))
                .getHelperText()).as("marked as disputed").isEqualTo("A parent says this is wrong.");
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("gross-weekly-income"))
                .getHelperText()).isEqualTo("Leave it as it is if it was right.");
        type("outcome-choice", _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                s -> s.withId("outcome-choice")).getListDataView().getItem(0));
        type("relevant-other-children", "one");
        type("outcome-reasons", "A stepchild lives with the paying parent");
        click("decide");
        assertThat(summaryMessages()).containsExactly("Enter a whole number of children from 0 to 20");
        type("relevant-other-children", "0");
        click("decide");
        assertThat(summaryMessages()).containsExactly(
                "Change at least one figure to revise the decision, or choose not to revise it");
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withId("outcome-reasons")).getValue())
                .as("nothing typed is lost").isEqualTo("A stepchild lives with the paying parent");
        type("relevant-other-children", "1");
        click("decide");
        assertThat(byId("done-banner").getElement().getOuterHTML()).contains("Decision revised");

        signInAs(c.payingEmail());
        UI.getCurrent().navigate("disputes/case/" + c.caseId());
        String page = _get(DisputesView.class).getElement().getOuterHTML();
        assertThat(page).contains("We changed the decision", "New decision", "£53.40 a week from");
        assertThat(page).contains("We made this decision when we looked again at an earlier decision");
    }

    @Test
    void after_fourteen_days_the_other_parent_is_told_the_time_for_points_has_ended() {
        CaseFixtures.Linked c = decided();
        signInAs(c.payingEmail());
        long id = ctx.getBean(org.childmaintenance.disputes.ReconsiderationService.class).ask(c.caseId(),
                new org.childmaintenance.disputes.ReconsiderationService.Request(null, Set.of(ChallengeReason.INCOME),
                        "wrong", null, List.of()));
        clock.set(LocalDate.now(clock).plusDays(15).atTime(12, 0).toInstant(ZoneOffset.UTC));
        signInAs(c.receivingEmail());
        UI.getCurrent().navigate("disputes/case/" + c.caseId());
        assertThat(byId("points-closed-" + id).getElement().getText()).startsWith("The time to add your points ended on");
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, s -> s.withId("add-points-" + id))).isEmpty();
        UI.getCurrent().navigate("disputes/case/" + c.caseId() + "/points/" + id);
        assertThat(byId("points-closed").getElement().getText()).contains("We will look at the request without them");
    }

    @Test
    void a_stranger_is_refused_the_disputes_page() {
        CaseFixtures.Linked c = decided();
        signInAs(fx.newParent("stranger"));
        UI.getCurrent().navigate("disputes/case/" + c.caseId());
        assertThat(_find(DisputesView.class)).isEmpty();
    }
}
