package org.childmaintenance.notices.ui;

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

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import java.util.Set;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.ui.HomeView;
import org.childmaintenance.notices.NotificationKind;
import org.childmaintenance.notices.NotificationPreferences;
import org.childmaintenance.notices.Notify;
import org.childmaintenance.support.KaribuTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** The bell, the Notifications page, notification settings and the mobile number pages. */
class NotificationViewsTest extends KaribuTest {

    private long newParentSignedIn() {
        String email = TestAccounts.uniqueEmail("bell");
        long id = ctx.getBean(IdentityService.class).provisionAccount(AccountKind.PARENT, email, "Bell Person",
                "harbour-tulip-engine", null, null);
        signInAs(email);
        return id;
    }

    /** The count in the bell as people read it (the bell's content is sent as one piece of HTML). */
    private String bellCount() {
        String html = _get(com.vaadin.flow.router.RouterLink.class, l -> l.withId("notification-bell")).getElement()
                .getProperty("innerHTML", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<span id=\"notification-count\"[^>]*>([^<]*)</span>").matcher(html);
        return m.find() ? m.group(1) : "";
    }

    @Test
    void bell_shows_the_unread_count_and_the_page_marks_notices_read() {
        long me = newParentSignedIn();
        Notify notify = ctx.getBean(Notify.class);
        notify.send(me, NotificationKind.DOCUMENT, "notification.msg.document", "settings/notifications");
        notify.send(me, NotificationKind.MESSAGE, "notification.msg.message", null);

        UI.getCurrent().navigate(HomeView.class);
        assertThat(bellCount()).isEqualTo("2 unread");

        assertThat(_get(com.vaadin.flow.router.RouterLink.class, l -> l.withId("notification-bell")).getHref())
                .isEqualTo("notifications");

        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(h1()).isEqualTo("Notifications");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, p -> p.withId("unread-summary")).getText())
                .isEqualTo("You have 2 unread notifications.");
        assertThat(_find(ListItem.class).stream()
                .filter(li -> li.getId().orElse("").startsWith("notification-")).toList()).hasSize(2);
        var first = notify.myNotifications(10).getFirst(); // newest: the message, no link
        assertThat(first.kind()).isEqualTo(NotificationKind.MESSAGE);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(Button.class, b -> b.withId("open-" + first.id())));
        assertThat(bellCount()).isEqualTo("1 unread");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, p -> p.withId("unread-summary")).getText())
                .isEqualTo("You have 1 unread notifications.");

        var document = notify.myNotifications(10).get(1);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(Button.class, b -> b.withId("open-" + document.id())));
        assertThat(h1()).as("opening a notice goes to where the detail is").isEqualTo("Notification settings");
        assertThat(bellCount()).isEmpty();
    }

    @Test
    void mark_all_as_read_empties_the_count() {
        long me = newParentSignedIn();
        Notify notify = ctx.getBean(Notify.class);
        notify.send(me, NotificationKind.DEADLINE, "notification.msg.deadline", "payments");
        notify.send(me, NotificationKind.DECISION, "notification.msg.decision", "my-case");
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_find(Span.class, s -> s.withText("New"))).hasSize(2);
        click("mark-all-read");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, p -> p.withId("unread-summary")).getText())
                .isEqualTo("You have no unread notifications.");
        assertThat(_find(Span.class, s -> s.withText("New"))).isEmpty();
        assertThat(_find(Button.class, b -> b.withId("mark-all-read"))).isEmpty();
    }

    @Test
    void an_empty_list_says_so_and_nobody_else_sees_my_notices() {
        long someoneElse = newParentSignedIn();
        ctx.getBean(Notify.class).send(someoneElse, NotificationKind.DECISION, "notification.msg.decision", "my-case");
        newParentSignedIn();
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class,
                p -> p.withText("There is nothing here yet. We will tell you here when something happens on your case.")))
                .hasSize(1);
        assertThat(bellCount()).isEmpty();
    }

    @Test
    void settings_save_the_kinds_that_come_by_email() {
        newParentSignedIn();
        UI.getCurrent().navigate(NotificationSettingsView.class);
        assertThat(h1()).isEqualTo("Notification settings");
        @SuppressWarnings("unchecked")
        CheckboxGroup<NotificationKind> kinds = (CheckboxGroup<NotificationKind>) byId("email-kinds");
        assertThat(kinds.getValue()).as("all on by default").containsExactlyInAnyOrder(NotificationKind.values());
        EnumSet<NotificationKind> chosen = EnumSet.of(NotificationKind.DECISION, NotificationKind.PAYMENT_MISSED);
        HasValueUtilsKt._setValue(kinds, Set.copyOf(chosen));
        click("save");
        assertThat(byId("saved-banner").isVisible()).isTrue();
        assertThat(ctx.getBean(NotificationPreferences.class).mine().emailKinds()).isEqualTo(chosen);

        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().navigate(NotificationSettingsView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<NotificationKind> again = (CheckboxGroup<NotificationKind>) byId("email-kinds");
        assertThat(again.getValue()).isEqualTo(chosen);
        assertThat(byId("add-phone").isVisible()).as("no confirmed number: texts are offered as 'add a number'").isTrue();
    }

    @Test
    void mobile_number_errors_are_shown_next_to_the_field_and_in_the_summary() {
        newParentSignedIn();
        UI.getCurrent().navigate(PhoneNumberView.class);
        assertThat(h1()).isEqualTo("What is your mobile number?");
        click("send-code");
        assertThat(summaryMessages()).containsExactly("Enter your mobile number");
        assertThat(errorOf("phone")).isEqualTo("Enter your mobile number");
        assertThat(title()).startsWith("Error: ");

        type("phone", "0207 946 0000");
        click("send-code");
        assertThat(summaryMessages()).containsExactly("Enter a UK mobile number, like 07700 900 982");
        assertThat(errorOf("phone")).isEqualTo("Enter a UK mobile number, like 07700 900 982");

        type("phone", "07700 900 456");
        click("send-code");
        assertThat(h1()).isEqualTo("Enter the code we texted you");

        click("confirm-code");
        assertThat(summaryMessages()).containsExactly("Enter the 6-digit code we texted you");
        type("code", "12ab");
        click("confirm-code");
        assertThat(errorOf("code")).isEqualTo("Enter the 6-digit code we texted you");
        type("code", "000000");
        click("confirm-code");
        // a wrong guess (one in a million it is right: then the page says the number is confirmed)
        assertThat(summaryMessages().isEmpty() ? h1() : summaryMessages().getFirst())
                .isIn("The code is not right. Check the text message and try again", "Your mobile number is confirmed");
    }
}
