package org.childmaintenance.disputes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.disputes.ComplaintCategory;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Making a complaint page by page, casework's answer, the review and the final response with ICE signposting. */
class ComplaintViewsTest extends KaribuTest {
    @Autowired CaseFixtures fx;

    @Test
    void a_parent_complains_casework_answers_the_parent_asks_for_a_review_and_gets_the_final_response() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Oz", LocalDate.now(clock).minusYears(3))),
                ServiceType.DIRECT_PAY);
        signInAs(c.receivingEmail());
        UI.getCurrent().navigate("complaints/new/" + c.caseId());
        assertThat(h1()).isEqualTo("What is your complaint about?");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select what your complaint is about");
        type("category", ComplaintCategory.DELAY);
        click("continue");
        assertThat(h1()).isEqualTo("What happened?");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Tell us what happened");
        type("what-happened", "Nobody answered my letter for six weeks");
        click("continue");
        type("would-like", "An answer");
        click("continue");
        assertThat(h1()).isEqualTo("Check your answers before sending");
        click("send");
        String confirmation = byId("confirmation").getElement().getOuterHTML();
        assertThat(confirmation).contains("Your reference is CMP-");

        UI.getCurrent().navigate("complaints/" + c.caseId());
        assertThat(byId("complaints").getElement().getOuterHTML()).contains("A delay", "Received");

        signInAs(c.payingEmail());
        UI.getCurrent().navigate("complaints/" + c.caseId());
        assertThat(byId("no-complaints").isVisible()).as("the other parent sees none").isTrue();

        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/complaints");
        String id = _find(com.vaadin.flow.router.RouterLink.class).stream().filter(l -> l.getText().startsWith("CMP-"))
                .filter(l -> confirmation.contains(l.getText())).findFirst().orElseThrow().getId().orElseThrow()
                .substring("complaint-".length());
        UI.getCurrent().navigate("casework/complaints/" + id);
        click("send-answer");
        assertThat(summaryMessages()).containsExactly("Enter the answer");
        type("answer", "Sorry for the delay");
        click("send-answer");
        assertThat(byId("done-banner").isVisible()).isTrue();

        signInAs(c.receivingEmail());
        UI.getCurrent().navigate("complaints/view/" + id + "/" + c.caseId());
        click("ask-review");
        assertThat(summaryMessages()).containsExactly("Tell us why you are not satisfied");
        type("escalation-reason", "Six weeks is too long");
        click("ask-review");
        assertThat(byId("complaint-history").getElement().getOuterHTML()).contains("You asked for a review");

        signInAs("caseworker@example.com");
        UI.getCurrent().navigate("casework/complaints/" + id);
        type("answer", "We apologise again");
        click("send-final");
        signInAs(c.receivingEmail());
        UI.getCurrent().navigate("complaints/view/" + id + "/" + c.caseId());
        assertThat(byId("ice").getElement().getText()).contains("Independent Case Examiner");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, s -> s.withId("ask-review"))).isEmpty();
    }
}
