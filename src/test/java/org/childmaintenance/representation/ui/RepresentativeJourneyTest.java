package org.childmaintenance.representation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.representation.RepresentationScope;
import org.childmaintenance.representation.RepresentationService;
import org.childmaintenance.representation.RepsFixture;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * A representative reports a change of address for their client on the pages, seeing for whom they
 * act on every step; the parent sees it in Recent activity and on the case timeline. A withdrawal
 * in the middle of the journey stops the sending.
 */
class RepresentativeJourneyTest extends KaribuTest {

    private RepsFixture fx() {
        return ctx.getBean(RepsFixture.class);
    }

    private static String text(String id) {
        var component = byId(id);
        return component instanceof org.childmaintenance.base.ui.SummaryList list ? list.text()
                : component.getElement().getTextRecursively();
    }

    private void addressUpTo(long caseId) {
        UI.getCurrent().navigate("report-a-change/" + caseId + "/address");
        assertThat(text("acting-for")).startsWith("You are acting for rp Parent");
        type("q-address", "7 Canal Wharf\nLeeds");
        type("q-postcode", "ls11 5pq");
        click("continue");
        assertThat(h1()).startsWith("Check your answers");
        assertThat(text("acting-for")).startsWith("You are acting for rp Parent");
    }

    @Test
    void the_representative_reports_a_change_of_address_and_the_parent_sees_who_did_it_for_them() {
        RepsFixture.Setup s = fx().active(RepresentationScope.REPORT, LocalDate.now().plusYears(1));
        signInAs(s.repEmail());
        addressUpTo(s.caseId());
        click("send-change");
        assertThat(h1()).isEqualTo("Change sent");

        signInAs(s.parentEmail());
        UI.getCurrent().navigate("settings/activity");
        assertThat(text("activity-table")).contains(s.repName() + " (" + s.repEmail() + ") for you:");
        UI.getCurrent().navigate("my-case/" + s.caseId());
        assertThat(text("timeline")).contains(s.repName() + " reported a change for you: Your address.");
        assertThat(text("my-details")).contains("7 Canal Wharf").contains("LS11 5PQ");
    }

    @Test
    void a_withdrawal_in_the_middle_of_the_journey_stops_the_sending() {
        RepsFixture.Setup s = fx().active(RepresentationScope.REPORT, null);
        signInAs(s.repEmail());
        addressUpTo(s.caseId());
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        fx().signIn(s.parentEmail());
        ctx.getBean(RepresentationService.class).withdraw(s.representationId());
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(authentication);
        click("send-change");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(h1()).isEqualTo("You cannot see this page");
    }

    @Test
    void a_representative_writing_and_reading_a_message_for_their_client_sees_for_whom_they_act() {
        RepresentationScope full = RepresentationScope.FULL;
        RepsFixture.Setup s = fx().active(full, null);
        signInAs(s.repEmail());
        UI.getCurrent().navigate("messages/new/" + s.caseId());
        assertThat(text("acting-for")).startsWith("You are acting for rp Parent");
        type("subject", org.childmaintenance.messages.Subject.PAYMENTS);
        type("message-body", "Writing for my client about the last payment.");
        click("send-message");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("messages/");
        assertThat(text("acting-for")).as("the conversation page too").startsWith("You are acting for rp Parent");

        signInAs(s.parentEmail());
        UI.getCurrent().navigate("messages/new/" + s.caseId());
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("acting-for")))
                .as("the parent writes for themselves: no banner").isEmpty();
    }
}
