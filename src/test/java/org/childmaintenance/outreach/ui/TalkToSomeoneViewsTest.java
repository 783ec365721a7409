package org.childmaintenance.outreach.ui;

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

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.Set;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.calculation.EstimateAnswers.BenefitAnswer;
import org.childmaintenance.calculation.EstimateAnswers.CareBand;
import org.childmaintenance.calculation.EstimateAnswers.IncomePeriod;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.notification.OutboxProbe;
import org.childmaintenance.outreach.CallTime;
import org.childmaintenance.outreach.HelpRequests;
import org.childmaintenance.outreach.OutreachFixtures;
import org.childmaintenance.outreach.OutreachFixtures.TestCentre;
import org.childmaintenance.outreach.OutreachViews.AppointmentAnswers;
import org.childmaintenance.outreach.OutreachViews.CallBackAnswers;
import org.childmaintenance.outreach.OutreachViews.CentreInfo;
import org.childmaintenance.outreach.OutreachViews.SlotInfo;
import org.childmaintenance.outreach.RequestKind;
import org.childmaintenance.outreach.Topic;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** "Talk to someone" page by page: a visitor's call-back, a parent's appointment, requests and cancelling, the links to it. */
class TalkToSomeoneViewsTest extends KaribuTest {
    @Autowired OutreachFixtures fx;
    @Autowired CaseFixtures cases;
    @Autowired HelpRequests help;
    @Autowired JdbcTemplate jdbc;

    private static void open(String from) {
        UI.getCurrent().navigate("talk-to-someone", QueryParameters.simple(Map.of("from", from)));
    }

    private static String text(String id) {
        return byId(id).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(String id, java.util.function.Predicate<T> which) {
        RadioButtonGroup<T> group = (RadioButtonGroup<T>) byId(id);
        T item = group.getListDataView().getItems().filter(which).findFirst().orElseThrow();
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(group, item);
    }

    @Test
    void a_visitor_asks_for_a_call_back_one_question_a_page_checks_changes_an_answer_and_gets_a_reference() {
        open("estimate");
        assertThat(h1()).isEqualTo("How would you like to talk to us?");
        _get(Anchor.class, s -> s.withId("safety-exit"));
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select how you would like to talk to us");
        assertThat(title()).startsWith("Error: ");
        type("how", RequestKind.CALL_BACK);
        click("continue");

        assertThat(h1()).isEqualTo("What is your name?");
        click("continue");
        assertThat(errorOf("full-name")).isEqualTo("Enter your name");
        type("full-name", "Sky Visitor");
        click("continue");
        assertThat(h1()).isEqualTo("What is your email address? (optional)");
        type("email", "not an email");
        click("continue");
        assertThat(errorOf("email")).startsWith("Enter an email address in the correct format");
        assertThat(byId("email")).extracting(c -> ((com.vaadin.flow.component.textfield.TextField) c).getValue())
                .as("what was typed stays").isEqualTo("not an email");
        String email = TestAccounts.uniqueEmail("karibu-visitor");
        type("email", email);
        click("continue");

        assertThat(h1()).isEqualTo("What number should we call you on?");
        type("phone", "0906 123 4567");
        click("continue");
        assertThat(errorOf("phone")).startsWith("Enter a UK phone number");
        type("phone", "07700 900 982");
        click("continue");
        assertThat(h1()).isEqualTo("Is it safe for us to leave a message on this number?");
        type("message-ok", false);
        click("continue");
        assertThat(h1()).isEqualTo("When can we call you?");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select at least one time when we can call you");
        type("times", Set.of(CallTime.WEEKDAY_EVENING));
        click("continue");
        assertThat(h1()).isEqualTo("What would you like to talk about?");
        type("topic", Topic.SOMETHING_ELSE);
        click("continue");
        assertThat(errorOf("details")).isEqualTo("Tell us what you would like to talk about");
        type("details", "Whether my new partner's income counts");
        click("continue");

        assertThat(h1()).isEqualTo("Check your answers before sending");
        assertThat(text("answers")).contains("Sky Visitor", email, "07700 900982", "No, do not leave a message",
                "Weekday evenings", "Something else: Whether my new partner's income counts");
        RouterLinkKt._click(_get(RouterLink.class, s -> s.withId("change-phone")));
        assertThat(h1()).isEqualTo("What number should we call you on?");
        assertThat(((com.vaadin.flow.component.textfield.TextField) byId("phone")).getValue()).isEqualTo("07700 900982");
        type("phone", "020 7946 0321");
        click("continue");
        assertThat(h1()).as("Change comes back to the check page").isEqualTo("Check your answers before sending");
        assertThat(text("answers")).contains("020 7946 0321");

        click("send");
        assertThat(h1()).isEqualTo("Call-back requested");
        String reference = text("reference");
        assertThat(reference).matches("TS-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(text("emailed")).contains(email);
        assertThat(OutboxProbe.lastBodyTo(jdbc, email)).contains(reference, "talk-to-someone/manage?token=");
        assertThat(jdbc.queryForMap("select came_from, message_ok, phone from outreach_request where reference = ?", reference))
                .containsEntry("came_from", "estimate").containsEntry("message_ok", false).containsEntry("phone", "02079460321");
    }

    @Test
    void pages_reached_out_of_order_send_the_person_to_the_start() {
        UI.getCurrent().navigate(TalkCheckView.class);
        assertThat(h1()).isEqualTo("How would you like to talk to us?");
        UI.getCurrent().navigate(TimesView.class);
        assertThat(h1()).isEqualTo("How would you like to talk to us?");
        UI.getCurrent().navigate(TalkSentView.class);
        assertThat(h1()).isEqualTo("How would you like to talk to us?");
    }

    @Test
    void a_signed_in_parent_books_an_appointment_sees_it_in_their_requests_and_cancels_it_on_its_own_page() {
        TestCentre centre = fx.centre("Karibu");
        long slot = fx.slot(centre, 6, "15:30");
        String parent = cases.newParent("karibu-booker");
        signInAs(parent);
        open("arrangement");
        _get(RouterLink.class, s -> s.withId("my-requests"));
        type("how", RequestKind.APPOINTMENT);
        click("continue");
        assertThat(h1()).isEqualTo("Which centre would you like to visit?");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select a centre");
        this.<CentreInfo>choose("centre", c -> c.id() == centre.id());
        click("continue");
        assertThat(h1()).isEqualTo("Choose a time at " + centre.name());
        this.<SlotInfo>choose("slot", s -> s.id() == slot);
        click("continue");
        assertThat(h1()).as("a signed-in parent is not asked their name").isEqualTo("What would you like to talk about?");
        type("topic", Topic.APPLYING);
        click("continue");
        assertThat(text("answers")).contains(centre.name(), "3:30pm").doesNotContain("Email address");
        click("send");
        assertThat(h1()).isEqualTo("Appointment booked");
        RouterLinkKt._click(_get(RouterLink.class, s -> s.withId("my-requests")));

        assertThat(h1()).isEqualTo("Your requests for help");
        long id = fx.idOf(jdbc.queryForObject("select reference from outreach_request where slot_id = ?", String.class, slot));
        assertThat(text("requests")).contains("Appointment at " + centre.name());
        assertThat(text("status-" + id)).isEqualTo("Booked");
        RouterLinkKt._click(_get(RouterLink.class, s -> s.withId("cancel-" + id)));
        assertThat(h1()).isEqualTo("Are you sure you want to cancel your appointment?");
        click("confirm-cancel");
        assertThat(h1()).isEqualTo("Your requests for help");
        _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("cancelled-banner"));
        assertThat(text("status-" + id)).isEqualTo("Cancelled");
        assertThat(_find(RouterLink.class, s -> s.withId("cancel-" + id))).isEmpty();
        assertThat(help.freeSlots(centre.id())).extracting(SlotInfo::id).contains(slot);

        signInAs(cases.newParent("karibu-stranger"));
        UI.getCurrent().navigate("talk-to-someone/requests/" + id + "/cancel");
        _get(AccessDeniedView.class);
    }

    @Test
    void a_time_taken_while_the_person_checks_their_answers_is_refused_and_they_choose_again() {
        TestCentre centre = fx.centre("Race");
        long slot = fx.slot(centre, 5, "09:00");
        open("options");
        type("how", RequestKind.APPOINTMENT);
        click("continue");
        this.<CentreInfo>choose("centre", c -> c.id() == centre.id());
        click("continue");
        this.<SlotInfo>choose("slot", s -> s.id() == slot);
        click("continue");
        type("full-name", "Slow Visitor");
        click("continue");
        assertThat(h1()).as("an appointment needs an e-mail address").isEqualTo("What is your email address?");
        click("continue");
        assertThat(errorOf("email")).isEqualTo("Enter your email address");
        type("email", TestAccounts.uniqueEmail("slow"));
        click("continue");
        type("topic", Topic.HOW_MUCH);
        click("continue");
        help.bookAppointment(new AppointmentAnswers("Quick Visitor", TestAccounts.uniqueEmail("quick"), slot, Topic.HOW_MUCH,
                null, null));
        click("send");
        assertThat(summaryMessages()).containsExactly("Someone has just booked that time. Choose another time");
        RouterLinkKt._click(_get(RouterLink.class, s -> s.withId("choose-again")));
        assertThat(h1()).isEqualTo("Choose a time at " + centre.name());
        _get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("no-slots"));
    }

    @Test
    void a_visitor_opens_their_private_link_sees_the_request_and_cancels_it_and_a_wrong_link_shows_nothing() {
        String email = TestAccounts.uniqueEmail("link");
        String reference = help.askForCallBack(new CallBackAnswers("Link Visitor", email, "01632 960 001",
                Set.of(CallTime.SATURDAY_MORNING), Topic.WHICH_OPTION, null, true, null)).reference();
        String body = OutboxProbe.lastBodyTo(jdbc, email);
        String token = body.substring(body.indexOf("token=") + 6).split("\\s")[0];

        UI.getCurrent().navigate("talk-to-someone/manage", QueryParameters.simple(Map.of("token", "wrong")));
        assertThat(h1()).isEqualTo("This link does not work");
        UI.getCurrent().navigate("talk-to-someone/manage", QueryParameters.simple(Map.of("token", token)));
        assertThat(h1()).isEqualTo("Your request for help");
        assertThat(text("request-details")).contains(reference, "Saturday mornings", "Waiting for our call")
                .doesNotContain("01632");
        RouterLinkKt._click(_get(RouterLink.class, s -> s.withId("cancel-request")));
        assertThat(h1()).isEqualTo("Are you sure you want to cancel your call back?");
        click("confirm-cancel");
        assertThat(h1()).isEqualTo("Request cancelled");
        UI.getCurrent().navigate("talk-to-someone/manage", QueryParameters.simple(Map.of("token", token)));
        assertThat(h1()).isEqualTo("This link does not work");
    }

    @Test
    void talk_to_someone_is_linked_from_the_options_journey_the_estimate_and_the_arrangement_builder() {
        UI.getCurrent().navigate("options");
        assertThat(_get(Anchor.class, s -> s.withId("talk-to-someone")).getHref()).isEqualTo("talk-to-someone?from=options");
        UI.getCurrent().navigate("estimate");
        type("benefit", BenefitAnswer.NONE);
        click("continue");
        type("income", "450");
        type("period", IncomePeriod.WEEK);
        click("continue");
        type("children", "1");
        click("continue");
        type("care-1", CareBand.UNDER_52);
        click("continue");
        type("other-children", 0);
        type("other-arrangements", 0);
        click("calculate");
        assertThat(_get(Anchor.class, s -> s.withId("talk-to-someone")).getHref()).isEqualTo("talk-to-someone?from=estimate");
        signInAs("parent@example.com");
        UI.getCurrent().navigate("arrangement");
        assertThat(_get(Anchor.class, s -> s.withId("talk-to-someone")).getHref()).isEqualTo("talk-to-someone?from=arrangement");
        UI.getCurrent().navigate(YourRequestsView.class);
        assertThat(text("requests")).as("the demo call-back Alex Morgan asked for").contains("A phone call back", "Waiting for our call");
    }

    @Test
    void other_signed_in_people_are_told_it_is_for_parents() {
        signInAs("caseworker@example.com");
        open("options");
        assertThat(text("parents-only")).contains("This is for parents");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, s -> s.withId("continue"))).isEmpty();
        SecurityContextHolder.clearContext();
    }
}
