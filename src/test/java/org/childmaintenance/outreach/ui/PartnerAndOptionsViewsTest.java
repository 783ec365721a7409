package org.childmaintenance.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.navLinks;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.type;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.casework.ui.DeskView;
import org.childmaintenance.identity.ui.HomeView;
import org.childmaintenance.outreach.OutreachFixtures;
import org.childmaintenance.outreach.OutreachFixtures.TestCentre;
import org.childmaintenance.outreach.RequestStatus;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A partner centre's pages (refer, slots, its own referrals only) and casework's Options queue and request page. */
class PartnerAndOptionsViewsTest extends KaribuTest {
    @Autowired OutreachFixtures fx;
    @Autowired JdbcTemplate jdbc;

    private static String text(String id) {
        return byId(id).getElement().getTextRecursively();
    }

    @Test
    void a_partner_refers_a_parent_only_with_consent_and_follows_only_its_own_referrals() {
        TestCentre centre = fx.centre("Refer");
        TestCentre other = fx.centre("Other");
        long theirs = fx.referral(other, "Alexis Other", false);
        signInAs(centre.staffEmail());
        UI.getCurrent().navigate(HomeView.class);
        assertThat(h1()).startsWith("Hello");
        assertThat(navLinks()).contains("Referrals", "Refer a parent", "Appointment slots");

        UI.getCurrent().navigate(PartnerHomeView.class);
        assertThat(h1()).isEqualTo("Your referrals");
        _get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("no-referrals"));
        UI.getCurrent().navigate(ReferView.class);
        click("send-referral");
        assertThat(summaryMessages()).containsExactly("Enter the parent's full name",
                "Enter a phone number or an email address for the parent", "Enter what help the parent needs",
                "Select whether there are any safety concerns", "Confirm that the parent has agreed to this referral");
        assertThat(errorOf("consent")).isEqualTo("Confirm that the parent has agreed to this referral");
        type("full-name", "Jamie Referred");
        type("phone", "07700 900 444");
        type("message-ok", false);
        type("help-needed", "Wants to understand Direct Pay");
        assertThat(_find(TextArea.class, s -> s.withId("safety-details"))).as("hidden until a yes").isEmpty();
        type("safety", true);
        assertThat(byId("safety-details").isVisible()).as("a yes reveals the details box").isTrue();
        click("send-referral");
        assertThat(summaryMessages()).containsExactly("Tell us about the safety concerns",
                "Confirm that the parent has agreed to this referral");
        assertThat(((TextArea) byId("help-needed")).getValue()).as("nothing typed is lost").isEqualTo("Wants to understand Direct Pay");
        type("safety-details", "Uses a shared phone; call mornings only");
        type("consent", true);
        click("send-referral");

        assertThat(h1()).isEqualTo("Your referrals");
        _get(Div.class, s -> s.withId("referred-banner"));
        long id = jdbc.queryForObject("select id from outreach_request where full_name = 'Jamie Referred'", Long.class);
        assertThat(text("referrals")).contains("Jamie Referred").doesNotContain("Alexis Other");
        assertThat(text("status-" + id)).isEqualTo("Waiting for our call");
        UI.getCurrent().navigate("partner/referrals/" + id);
        assertThat(text("referral")).contains("Wants to understand Direct Pay", "Waiting for us to contact them")
                .as("the centre never sees casework's notes or the parent's case").doesNotContain("Uses a shared phone");
        UI.getCurrent().navigate("partner/referrals/" + theirs);
        _get(AccessDeniedView.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PARTNER_REFERRAL_MADE' and subject_id = ?",
                Integer.class, Long.toString(id))).isEqualTo(1);
    }

    @Test
    void a_partner_publishes_a_slot_sees_it_and_withdraws_it() {
        TestCentre centre = fx.centre("Slots");
        signInAs(centre.staffEmail());
        UI.getCurrent().navigate(PartnerSlotsView.class);
        assertThat(h1()).isEqualTo("Appointment slots");
        click("publish-slot");
        assertThat(summaryMessages()).containsExactly("Enter the date of the appointment", "Enter the start time",
                "Select how long the appointment is");
        LocalDate day = LocalDate.now(clock).plusDays(10);
        MemorableDateField date = (MemorableDateField) byId("slot-date");
        date.dayField().setValue(Integer.toString(day.getDayOfMonth()));
        date.monthField().setValue(Integer.toString(day.getMonthValue()));
        date.yearField().setValue(Integer.toString(day.getYear()));
        type("start-time", "25:00");
        type("minutes", 45);
        click("publish-slot");
        assertThat(errorOf("start-time")).startsWith("Enter a start time like 10:30");
        type("start-time", "2:15pm");
        click("publish-slot");
        assertThat(summaryMessages()).isEmpty();
        assertThat(text("slot-status")).startsWith("Slot published");
        assertThat(text("slots")).contains("2:15pm – 3:00pm", "Free");
        long slot = jdbc.queryForObject("select id from outreach_slot where centre_id = ?", Long.class, centre.id());
        date.dayField().setValue(Integer.toString(day.getDayOfMonth()));
        date.monthField().setValue(Integer.toString(day.getMonthValue()));
        date.yearField().setValue(Integer.toString(day.getYear()));
        type("start-time", "14:30");
        type("minutes", 30);
        click("publish-slot");
        assertThat(errorOf("start-time")).isEqualTo("This time overlaps another of your slots");
        click("withdraw-" + slot);
        assertThat(text("slot-status")).startsWith("Slot withdrawn");
        assertThat(_find(Div.class, s -> s.withId("slots"))).isEmpty();
    }

    @Test
    void casework_sees_the_options_queue_oldest_first_with_safety_first_takes_a_referral_and_records_the_outcome() {
        TestCentre centre = fx.centre("Casework");
        long referral = fx.referral(centre, "Morgan Safety", true);
        String reference = jdbc.queryForObject("select reference from outreach_request where id = ?", String.class, referral);
        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(DeskView.class);
        assertThat(byId("desk-queues").getElement().getOuterHTML())
                .contains("Options: call-backs, appointments and referrals", "href=\"casework/options\"");

        UI.getCurrent().navigate(OptionsQueueView.class);
        assertThat(text("queue-counts")).contains("Open requests", "With a safety answer to read first");
        assertThat(text("queue-table")).contains(reference, "Morgan Safety", "Referral: " + centre.name());
        assertThat(_get(Span.class, s -> s.withId("concern-" + referral)).getText()).isEqualTo("Safety concern");
        assertThat(_get(Span.class, s -> s.withId("no-message-" + referral)).getText()).isEqualTo("Do not leave a message");

        UI.getCurrent().navigate("casework/options/" + referral);
        assertThat(h1()).isEqualTo("Referral " + reference);
        String page = _get(OptionsRequestView.class).getElement().getOuterHTML();
        assertThat(page.indexOf("id=\"safety\"")).as("the safety box comes before the details")
                .isLessThan(page.indexOf("id=\"request-details\""));
        assertThat(text("safety-concern")).isEqualTo("Safety concern: Ex-partner reads texts");
        assertThat(text("safety-no-message")).startsWith("Do not leave a voicemail");
        click("assign-to-me");
        assertThat(text("request-status")).isEqualTo("You have taken this request.");
        assertThat(text("request-details")).contains("Chris Evans");
        click("save-outcome");
        assertThat(summaryMessages()).containsExactly("Select what happened");
        type("outcome", RequestStatus.DONE);
        type("note", "Called on a safe number, explained the options");
        click("save-outcome");
        assertThat(text("request-status")).isEqualTo("Outcome saved. The request is closed.");
        assertThat(text("request-details")).contains("Done", "explained the options");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, s -> s.withId("save-outcome"))).isEmpty();
    }

    @Test
    void nobody_else_reaches_partner_or_options_pages() {
        TestCentre centre = fx.centre("Closed");
        for (String who : new String[] {"parent@example.com", "payroll@example.com"}) {
            signInAs(who);
            UI.getCurrent().navigate(PartnerHomeView.class);
            _get(AccessDeniedView.class);
            UI.getCurrent().navigate(OptionsQueueView.class);
            _get(AccessDeniedView.class);
        }
        signInAs(centre.staffEmail());
        UI.getCurrent().navigate(OptionsQueueView.class);
        _get(AccessDeniedView.class);
        UI.getCurrent().navigate(YourRequestsView.class);
        _get(AccessDeniedView.class);
    }
}
