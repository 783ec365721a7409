package org.childmaintenance.messages.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.navLinks;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.childmaintenance.base.ui.AccessDeniedView;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.messages.CaseworkMessages;
import org.childmaintenance.messages.MessageFixtures;
import org.childmaintenance.messages.MessageService;
import org.childmaintenance.messages.Subject;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Casework's inbox and conversation pages: counts, filters, assign, templates, replies and internal notes. */
class CaseworkMessagesViewsTest extends KaribuTest {
    @Autowired MessageService messages;
    @Autowired CaseworkMessages casework;
    @Autowired CaseFixtures cases;
    @Autowired MessageFixtures fx;

    private static String html(String id) {
        return byId(id).getElement().getOuterHTML();
    }

    @Test
    void casework_filters_the_inbox_assigns_replies_from_a_template_and_adds_a_note() {
        CaseFixtures.Linked c = fx.linkedCase();
        cases.signIn(c.receivingEmail());
        long id = messages.startAboutCase(c.caseId(), Subject.MY_DETAILS, "I have moved house",
                List.of(MessageFixtures.png("new-tenancy.png")));
        SecurityContextHolder.clearContext();

        signInAs("caseworker@example.com");
        UI.getCurrent().navigate(CaseworkInboxView.class);
        assertThat(h1()).isEqualTo("Messages inbox");
        assertThat(navLinks()).anyMatch(l -> l.startsWith("Messages inbox ("));
        assertThat(html("inbox-counts")).contains("Waiting for an answer", "Waiting and not assigned");
        type("filter-case", c.reference());
        click("apply-filters");
        assertThat(html("inbox-table")).contains("Case " + c.reference(), "My details", "Not assigned");
        type("filter-case", "no-such-case");
        click("apply-filters");
        assertThat(byId("inbox-empty").getElement().getText()).isEqualTo("No conversations match.");

        UI.getCurrent().navigate("casework/messages/" + id);
        assertThat(h1()).isEqualTo("My details");
        assertThat(html("conversation-facts")).contains(c.reference(), "Not assigned");
        assertThat(html("message-history")).contains("I have moved house", "new-tenancy.png");
        click("assign-to-me");
        assertThat(html("conversation-facts")).contains("You");
        assertThat(_find(Button.class, s -> s.withId("assign-to-me"))).isEmpty();

        ButtonKt._click(_get(Button.class, s -> s.withId("add-note")));
        assertThat(summaryMessages()).containsExactly("Enter your message");
        type("note-body", "Address check pending");
        click("add-note");
        assertThat(html("message-history")).contains("Internal note by Chris Evans", "Address check pending");

        type("reply-template", CaseworkMessages.Template.RECEIVED);
        assertThat(((TextArea) byId("reply-body")).getValue()).startsWith("Thank you for your message.");
        click("send-reply");
        assertThat(html("message-history")).contains("Child Maintenance Service (Chris Evans)");

        // The parent sees the reply signed by the service, and never the note.
        signInAs(c.receivingEmail());
        UI.getCurrent().navigate("messages/" + id);
        assertThat(html("message-history")).contains("Child Maintenance Service", "Thank you for your message.")
                .doesNotContain("Address check pending").doesNotContain("Chris Evans").doesNotContain("Internal note");
    }

    @Test
    void only_casework_opens_the_inbox() {
        signInAs("parent@example.com");
        UI.getCurrent().navigate(CaseworkInboxView.class);
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(navLinks()).doesNotContain("Messages inbox");
    }
}
