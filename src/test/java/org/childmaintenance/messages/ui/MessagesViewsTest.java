package org.childmaintenance.messages.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.childmaintenance.support.Ui.byId;
import static org.childmaintenance.support.Ui.click;
import static org.childmaintenance.support.Ui.errorOf;
import static org.childmaintenance.support.Ui.h1;
import static org.childmaintenance.support.Ui.navLinks;
import static org.childmaintenance.support.Ui.summaryMessages;
import static org.childmaintenance.support.Ui.title;
import static org.childmaintenance.support.Ui.type;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.childmaintenance.base.ui.ServiceAccessDeniedView;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.messages.CaseworkMessages;
import org.childmaintenance.messages.MessageFixtures;
import org.childmaintenance.messages.MessageService;
import org.childmaintenance.messages.Subject;
import org.childmaintenance.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The parent's, representative's and employer's message pages: list, unread count, write, reply, errors, drafts. */
class MessagesViewsTest extends KaribuTest {
    @Autowired MessageService messages;
    @Autowired CaseworkMessages casework;
    @Autowired CaseFixtures cases;
    @Autowired MessageFixtures fx;

    private long answeredConversation(CaseFixtures.Linked c) {
        cases.signIn(c.receivingEmail());
        long id = messages.startAboutCase(c.caseId(), Subject.PAYMENTS, "Is the payment late?", List.of());
        cases.signInCaseworker();
        casework.reply(id, "Yes, we have asked the other parent to pay.\nWe will write again.", List.of());
        SecurityContextHolder.clearContext();
        return id;
    }

    private static String html(String id) {
        return byId(id).getElement().getOuterHTML();
    }

    @Test
    void the_parent_sees_the_unread_reply_in_the_navigation_and_reading_it_clears_the_count() {
        CaseFixtures.Linked c = fx.linkedCase();
        long id = answeredConversation(c);
        signInAs(c.receivingEmail());
        UI.getCurrent().navigate(MessagesView.class);
        assertThat(h1()).isEqualTo("Messages");
        assertThat(title()).isEqualTo("Messages – " + _get(MessagesView.class).getTranslation("service.name"));
        assertThat(navLinks()).contains("Messages (1 unread)");
        assertThat(byId("status-" + id).getElement().getText()).isEqualTo("1 unread");

        UI.getCurrent().navigate("messages/" + id);
        assertThat(h1()).isEqualTo("Payments");
        String history = html("message-history");
        assertThat(history).contains("You", "Is the payment late?", "Child Maintenance Service",
                "Yes, we have asked the other parent to pay.", "We will write again.");
        assertThat(history).doesNotContain("Chris Evans");
        assertThat(navLinks()).contains("Messages").doesNotContain("Messages (1 unread)");
    }

    @Test
    void writing_a_message_shows_errors_refuses_a_disguised_file_then_sends_with_an_attachment() {
        CaseFixtures.Linked c = fx.linkedCase();
        signInAs(c.receivingEmail());
        UI.getCurrent().navigate(NewMessageView.class);
        assertThat(h1()).isEqualTo("Write a new message");
        assertThat(byId("about-case").getElement().getText()).contains(c.reference());
        click("send-message");
        assertThat(summaryMessages()).containsExactly("Select what your message is about", "Enter your message");
        assertThat(errorOf("message-body")).isEqualTo("Enter your message");
        assertThat(title()).startsWith("Error: ");

        UploadKt._upload(_get(Upload.class), "statement.pdf", "application/pdf", MessageFixtures.htmlPretendingToBePdf().bytes());
        assertThat(byId("attachment-error").isVisible()).isTrue();
        assertThat(byId("attachment-error").getElement().getText()).isEqualTo("The selected file must be a PDF, JPEG or PNG");
        assertThat(byId("attachment-files").getChildren().count()).isZero();

        UploadKt._upload(_get(Upload.class), "receipt.pdf", "application/pdf", MessageFixtures.pdf("receipt.pdf").bytes());
        assertThat(_find(com.vaadin.flow.component.Component.class, s -> s.withId("attachment-error"))).as("error gone").isEmpty();
        assertThat(html("attachment-files")).contains("receipt.pdf");
        type("subject", Subject.PAYMENTS);
        type("message-body", "<b>Not bold</b> — here is my receipt");
        click("send-message");

        assertThat(h1()).isEqualTo("Payments");
        assertThat(byId("sent-banner").isVisible()).isTrue();
        assertThat(html("message-history")).contains("&lt;b&gt;Not bold&lt;/b&gt;").doesNotContain("<b>Not bold");
        Anchor file = _get(Anchor.class, s -> s.withPredicate(a -> a.getText().startsWith("receipt.pdf (PDF, ")));
        assertThat(file.getHref()).startsWith("files/messages/attachment/");
        assertThat(file.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void a_draft_is_saved_as_it_is_typed_and_comes_back() {
        CaseFixtures.Linked c = fx.linkedCase();
        signInAs(c.receivingEmail());
        UI.getCurrent().navigate(NewMessageView.class);
        TextArea body = (TextArea) byId("message-body");
        body.setValue("I was writing this when my connection dropped");
        ComponentUtil.fireEvent(body, new BlurNotifier.BlurEvent<>(body, true));

        SecurityContextHolder.clearContext();
        signInAs(c.receivingEmail());
        UI.getCurrent().navigate(MessagesView.class);
        UI.getCurrent().navigate(NewMessageView.class);
        assertThat(((TextArea) byId("message-body")).getValue()).isEqualTo("I was writing this when my connection dropped");
        assertThat(byId("draft-restored").getElement().getText()).startsWith("We kept what you were writing");
    }

    @Test
    void an_empty_reply_is_refused_and_a_reply_is_added_to_the_history() {
        CaseFixtures.Linked c = fx.linkedCase();
        long id = answeredConversation(c);
        signInAs(c.receivingEmail());
        UI.getCurrent().navigate("messages/" + id);
        click("send-reply");
        assertThat(summaryMessages()).containsExactly("Enter your message");
        type("reply-body", "Thank you");
        click("send-reply");
        assertThat(summaryMessages()).isEmpty();
        assertThat(html("message-history")).contains("Thank you");
        assertThat(((TextArea) byId("reply-body")).getValue()).isEmpty();
    }

    @Test
    void the_other_parent_and_other_people_get_you_cannot_see_this_page() {
        CaseFixtures.Linked c = fx.linkedCase();
        long id = answeredConversation(c);
        for (String who : List.of(c.payingEmail(), "employer.admin@example.com", "representative@example.com")) {
            signInAs(who);
            UI.getCurrent().navigate("messages/" + id);
            assertThat(_find(ServiceAccessDeniedView.class)).as(who).hasSize(1);
            assertThat(h1()).isEqualTo("You cannot see this page");
        }
        signInAs(c.payingEmail());
        UI.getCurrent().navigate(MessagesView.class);
        assertThat(byId("no-messages").getElement().getText()).isEqualTo("You have no messages yet.");
        assertThat(navLinks()).contains("Messages");
    }

    @Test
    void an_employer_writes_about_an_order_and_a_representative_is_sent_to_the_clients_case() {
        String employer = fx.newAccount(AccountKind.EMPLOYER_USER, "payroll", "Riverside Bakery " + System.nanoTime());
        signInAs(employer);
        UI.getCurrent().navigate(NewMessageView.class);
        type("order-reference", "x".repeat(61));
        click("send-message");
        assertThat(summaryMessages()).contains("Select what your message is about", "Enter your message");
        type("order-reference", "DEO-77");
        type("subject", Subject.OTHER);
        type("message-body", "An employee has left");
        click("send-message");
        assertThat(h1()).isEqualTo("Something else");
        assertThat(byId("conversation-about").getElement().getText()).isEqualTo("Order DEO-77");

        signInAs("representative@example.com");
        UI.getCurrent().navigate(NewMessageView.class);
        assertThat(byId("no-case").getElement().getText()).startsWith("Open your client's case first");
    }
}
