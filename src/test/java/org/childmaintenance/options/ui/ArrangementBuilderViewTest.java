package org.childmaintenance.options.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.title;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import org.childmaintenance.base.ui.BarChart;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.options.ArrangementFixtures;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.ArrangementTypes.ExtrasPayer;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.ArrangementTypes.PaymentMethod;
import org.childmaintenance.options.ParentRole;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArrangementBuilderViewTest extends KaribuTest {
    ArrangementFixtures fixtures;
    PortalUser parent;

    @BeforeEach
    void signIn() {
        fixtures = new ArrangementFixtures(ctx);
        parent = fixtures.newParent("Alex Builder");
        ArrangementFixtures.actAs(parent);
        UI.getCurrent().navigate(ArrangementHubView.class);
    }

    @Test
    void a_parent_builds_an_arrangement_from_an_estimate_checks_it_and_agrees_it() {
        assertThat(h1()).isEqualTo("Family-based arrangements");
        click("start-arrangement");

        assertThat(h1()).isEqualTo("About you and the other parent");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select whether you will pay or receive child maintenance",
                "Enter the other parent’s full name");
        assertThat(title()).startsWith("Error: About you and the other parent");
        type("role", ParentRole.PAYING);
        type("other-name", "Sam Other");
        click("continue");

        assertThat(h1()).isEqualTo("Which children is the arrangement for?");
        click("continue");
        assertThat(summaryMessages()).containsExactly("Add at least one child");
        type("child-name", "Mia");
        dob("child-dob", "14", "5", "2016");
        click("add-child");
        type("child-name", "Leo");
        click("continue");

        assertThat(h1()).isEqualTo("How do you want to work out the amount?");
        type("start", StartingPointStep.Start.ESTIMATE);
        click("continue");

        assertThat(h1()).isEqualTo("Get an estimate");
        type("income", "lots");
        click("continue");
        assertThat(errorOf("income")).isEqualTo("Enter the yearly income as an amount in pounds, like 26000");
        assertThat(errorOf("nights")).isEqualTo("Enter the number of nights a year");
        type("income", "£32,000");
        type("nights", "0");
        click("continue");

        assertThat(h1()).isEqualTo("How much will be paid?");
        assertThat(_get(AmountStep.class).getElement().getOuterHTML()).contains("The estimate is £");
        type("amount", "300");
        type("frequency", Frequency.MONTHLY);
        click("continue");

        assertThat(h1()).isEqualTo("How and when will it be paid?");
        type("method", PaymentMethod.STANDING_ORDER);
        type("timing", "On the 1st of each month");
        dob("first-payment", "31", "2", "2026");
        click("continue");
        assertThat(errorOf("first-payment")).isEqualTo("Date must be a real date");
        LocalDate first = LocalDate.now().withDayOfMonth(1);
        dob("first-payment", first.getDayOfMonth() + "", first.getMonthValue() + "", first.getYear() + "");
        click("continue");

        assertThat(h1()).isEqualTo("Who pays for extras?");
        type("school-trips", ExtrasPayer.SHARED_EQUALLY);
        click("continue");
        assertThat(summaryMessages()).containsExactly("Select who pays for clothes and school uniform",
                "Select who pays for clubs and activities");
        type("clothes", ExtrasPayer.RECEIVING_PARENT);
        type("activities", ExtrasPayer.DECIDE_EACH_TIME);
        click("continue");

        assertThat(h1()).isEqualTo("What will happen about holidays?");
        // The question names the <textarea> itself (not only its host element, where axe found it unnamed).
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("holidays"))
                .getAriaLabelledBy()).contains("page-heading");
        click("continue");
        assertThat(errorOf("holidays")).isEqualTo("Enter what will happen about holidays");
        type("holidays", "We split the summer holiday club.");
        click("continue");
        assertThat(h1()).isEqualTo("What will you do if things change?");
        type("changes", "We talk within a month.");
        click("continue");

        assertThat(h1()).isEqualTo("When will you look at the arrangement again?");
        LocalDate review = LocalDate.now().plusYears(1);
        dob("review-date", review.getDayOfMonth() + "", review.getMonthValue() + "", review.getYear() + "");
        click("continue");

        assertThat(h1()).isEqualTo("Check your arrangement");
        String check = _get(ArrangementCheckView.class).getElement().getOuterHTML();
        assertThat(check).contains("Alex Builder", "Sam Other", "Mia", "Leo", "£300.00 (monthly)", "Standing order");

        // Change returns to the check page with the answer kept.
        RouterLinkKt._click(_get(RouterLink.class, s -> s.withId("change-amount")));
        assertThat(h1()).isEqualTo("How much will be paid?");
        type("amount", "320");
        click("continue");
        assertThat(h1()).isEqualTo("Check your arrangement");
        assertThat(_get(ArrangementCheckView.class).getElement().getOuterHTML()).contains("£320.00 (monthly)");

        click("agree");
        assertThat(h1()).isEqualTo("Your arrangement with Sam Other");
        _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("download-pdf"));
        click("send-invitation");
        assertThat(errorOf("invite-email")).isEqualTo("Enter the other parent’s email address");
        type("invite-email", parent.email());
        click("send-invitation");
        assertThat(errorOf("invite-email")).isEqualTo("Enter the other parent’s email address, not your own");
        type("invite-email", org.childmaintenance.support.TestAccounts.uniqueEmail("sam"));
        click("send-invitation");
        assertThat(_get(Div.class, s -> s.withId("done-banner")).getElement().getOuterHTML()).contains("Invitation sent");
    }

    @Test
    void the_other_parent_joins_with_the_code_confirms_and_the_tracker_shows_payments_and_a_chart() {
        long id = fixtures.agreedArrangement(parent, "Sam Joiner", LocalDate.now().plusMonths(6));
        PortalUser other = fixtures.newParent("Sam Joiner");
        String code = fixtures.invite(parent, id, other.email());
        ArrangementFixtures.actAs(other);
        UI.getCurrent().navigate(ArrangementHubView.class);

        type("code", "wrong-code-here");
        click("use-code");
        assertThat(errorOf("code")).startsWith("The code is not right");
        type("code", code);
        click("use-code");

        assertThat(h1()).isEqualTo("Your arrangement with Alex Builder");
        click("confirm");
        assertThat(_get(Div.class, s -> s.withId("done-banner")).getElement().getOuterHTML()).contains("Arrangement confirmed");

        // The paying parent records a payment; errors first.
        ArrangementFixtures.actAs(parent);
        UI.getCurrent().navigate(PaymentTrackerView.class, new RouteParameters("id", Long.toString(id)));
        assertThat(h1()).isEqualTo("Payments");
        type("payment-amount", "");
        click("record-payment");
        assertThat(errorOf("paid-on")).isEqualTo("Enter the date you paid");
        assertThat(errorOf("payment-amount")).isEqualTo("Enter the amount");
        LocalDate today = LocalDate.now();
        dob("paid-on", today.getDayOfMonth() + "", today.getMonthValue() + "", today.getYear() + "");
        type("payment-amount", "312.50");
        click("record-payment");
        assertThat(_get(Div.class, s -> s.withId("done-banner")).getElement().getOuterHTML()).contains("Payment recorded");
        BarChart chart = _get(BarChart.class);
        assertThat(chart.svg()).contains("<title id=\"payments-chart-title\">Payments by month</title>", "<desc", "<rect");

        // The receiving parent confirms it from the table.
        ArrangementFixtures.actAs(other);
        UI.getCurrent().navigate(PaymentTrackerView.class, new RouteParameters("id", Long.toString(id)));
        long paymentId = ctx.getBean(ArrangementService.class).payments(id).payments().getFirst().id();
        click("received-" + paymentId);
        assertThat(_get(Div.class, s -> s.withId("payments-table")).getElement().getOuterHTML()).contains("Received");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, s -> s.withId("received-" + paymentId))).isEmpty();
    }

    @Test
    void someone_else_cannot_open_the_arrangement_pages() {
        long id = fixtures.agreedArrangement(parent, "Sam", LocalDate.now().plusMonths(6));
        ArrangementFixtures.actAs(fixtures.newParent("Nosy Parker"));
        UI.getCurrent().navigate(ArrangementView.class, new RouteParameters("id", Long.toString(id)));
        assertThat(h1()).isEqualTo("You cannot see this page");
        UI.getCurrent().navigate(PaymentTrackerView.class, new RouteParameters("id", Long.toString(id)));
        assertThat(h1()).isEqualTo("You cannot see this page");
        UI.getCurrent().navigate(AboutStep.class, new RouteParameters("id", Long.toString(id)));
        assertThat(h1()).isEqualTo("You cannot see this page");
    }

    @Test
    void the_join_link_asks_an_anonymous_visitor_to_sign_in_first() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        UI.getCurrent().navigate("arrangement/join", com.vaadin.flow.router.QueryParameters.of("code", "abcd-efgh-jkmn"));
        assertThat(h1()).isEqualTo("Sign in to see the arrangement");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("join-code")).getText())
                .isEqualTo("abcd-efgh-jkmn");
    }

    @Test
    void the_join_link_shows_who_invites_and_joins_only_when_the_button_is_pressed() {
        long id = fixtures.agreedArrangement(parent, "Sam Linker", LocalDate.now().plusMonths(6));
        PortalUser other = fixtures.newParent("Sam Linker");
        String code = fixtures.invite(parent, id, other.email());
        ArrangementFixtures.actAs(other);

        UI.getCurrent().navigate("arrangement/join", com.vaadin.flow.router.QueryParameters.of("code", code));

        assertThat(h1()).isEqualTo("Join this family arrangement?");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("join-inviter")).getText())
                .startsWith("Alex Builder has shared a family-based child maintenance arrangement with you");
        assertThat(ctx.getBean(ArrangementService.class).mine()).as("opening the link joined nothing")
                .noneMatch(a -> a.id() == id);

        click("join-accept");

        assertThat(h1()).isEqualTo("Your arrangement with Alex Builder");
        assertThat(ctx.getBean(ArrangementService.class).mine()).anyMatch(a -> a.id() == id);
    }

    private static void dob(String id, String d, String m, String y) {
        MemorableDateField f = (MemorableDateField) org.childmaintenance.support.Ui.byId(id);
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(f.dayField(), d);
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(f.monthField(), m);
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(f.yearField(), y);
    }
}
