package org.childmaintenance.disputes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.IncomeFrequency;
import org.childmaintenance.cases.PaymentFrequency;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.casework.CaseworkDesk;
import org.childmaintenance.disputes.ChallengeReason;
import org.childmaintenance.disputes.ComplaintCategory;
import org.childmaintenance.disputes.ComplaintService;
import org.childmaintenance.disputes.ReconsiderationService;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reconsiderations and complaints on the casework desk: each queue with its count and oldest item, taken
 * with "Assign to me" on the queue's page, then counted in "assigned to me"; another caseworker sees who has it.
 */
class DisputeQueuesViewTest extends KaribuTest {
    @Autowired CaseFixtures fx;
    @Autowired CaseService cases;
    @Autowired ReconsiderationService reconsiderations;
    @Autowired ComplaintService complaints;
    @Autowired CaseworkDesk desk;

    private CaseworkDesk.QueueLine line(String key) {
        return desk.queues().stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    private static String html(String id) {
        return byId(id).getElement().getOuterHTML();
    }

    @Test
    void reconsiderations_and_complaints_are_desk_queues_taken_with_assign_to_me_and_counted_as_my_work() {
        CaseFixtures.Linked c = fx.linkedCase(List.of(CaseFixtures.kid("Queue", LocalDate.now(clock).minusYears(5))),
                ServiceType.DIRECT_PAY);
        cases.givePayingDetails(c.caseId(), CaseFixtures.employed("500", IncomeFrequency.WEEKLY, PaymentFrequency.MONTHLY,
                fx.nights(c.caseId())));
        signInAs(c.payingEmail());
        long reconsideration = reconsiderations.ask(c.caseId(), new ReconsiderationService.Request(null,
                Set.of(ChallengeReason.INCOME), "My income is lower now", null, List.of()));
        signInAs(c.receivingEmail());
        long complaint = complaints.raise(new ComplaintService.ComplaintRequest(c.caseId(), null, ComplaintCategory.DELAY,
                "Nobody answered", "An answer")).id();

        signInAs("caseworker@example.com");
        CaseworkDesk.QueueLine waiting = line("disputes.reconsiderations");
        assertThat(waiting.count()).isPositive();
        assertThat(waiting.oldest()).isNotNull();
        assertThat(waiting.assignable()).isTrue();
        assertThat(waiting.link()).isEqualTo("casework/reconsiderations");
        assertThat(line("disputes.complaints").link()).isEqualTo("casework/complaints");
        long myReconsiderations = line("disputes.reconsiderations.mine").count();
        long myComplaints = line("disputes.complaints.mine").count();
        UI.getCurrent().navigate("casework");
        assertThat(html("desk-queues")).contains("Reconsiderations waiting for an outcome", "Reconsiderations assigned to me",
                "Complaints waiting for an answer or a review", "Complaints assigned to me",
                "href=\"casework/reconsiderations\"", "href=\"casework/complaints\"");

        UI.getCurrent().navigate("casework/reconsiderations");
        assertThat(html("reconsiderations")).contains("Assigned to", "Nobody yet");
        click("assign-reconsideration-" + reconsideration);
        assertThat(byId("queue-status").getElement().getText()).isEqualTo(c.reference()
                + " is assigned to you. It counts in your work on the casework desk.");
        assertThat(_find(Button.class, s -> s.withId("assign-reconsideration-" + reconsideration))).as("already mine").isEmpty();
        assertThat(line("disputes.reconsiderations.mine").count()).isEqualTo(myReconsiderations + 1);

        UI.getCurrent().navigate("casework/complaints");
        click("assign-complaint-" + complaint);
        assertThat(byId("queue-status").getElement().getText()).endsWith("is assigned to you. It counts in your work on the casework desk.");
        assertThat(line("disputes.complaints.mine").count()).isEqualTo(myComplaints + 1);

        // Another caseworker sees that someone has them, and may still take them over.
        signInAs("caseworker2@example.com");
        UI.getCurrent().navigate("casework/complaints");
        assertThat(byId("assign-complaint-" + complaint).getElement().getAttribute("aria-label")).startsWith("Assign to me: CMP-");
        assertThat(html("complaints")).contains("Another caseworker");
        assertThat(line("disputes.complaints.mine").count()).isZero();
    }
}
