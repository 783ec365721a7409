package org.childmaintenance.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.messages.MessageViews.ConversationDetail;
import org.childmaintenance.support.PortalTest;
import org.childmaintenance.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may see and write which conversation (LC-16, LC-17): only the side it belongs to, and casework. */
@PortalTest
class MessagesAccessIT {
    @Autowired MessageService messages;
    @Autowired CaseworkMessages casework;
    @Autowired CaseFixtures cases;
    @Autowired MessageFixtures fx;
    @Autowired MessagesTestRepresentation representation;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long startAsReceivingParent(CaseFixtures.Linked c) {
        cases.signIn(c.receivingEmail());
        return messages.startAboutCase(c.caseId(), Subject.PAYMENTS, "Where is this month's payment?",
                List.of(MessageFixtures.pdf("proof.pdf")));
    }

    private long attachmentOf(long conversationId) {
        return jdbc.queryForObject("select a.id from msg_attachment a join msg_message m on m.id = a.message_id"
                + " where m.conversation_id = ? order by a.id limit 1", Long.class, conversationId);
    }

    @Test
    void the_other_parent_never_sees_or_learns_of_the_conversation() {
        CaseFixtures.Linked c = fx.linkedCase();
        long id = startAsReceivingParent(c);
        long file = attachmentOf(id);
        cases.signInCaseworker();
        casework.reply(id, "We are looking into it.", List.of());

        cases.signIn(c.payingEmail());
        assertThat(messages.myConversations()).isEmpty();
        assertThat(messages.myUnreadCount()).isZero();
        assertThatThrownBy(() -> messages.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.reply(id, "Let me see", List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.attachment(file)).isInstanceOf(AccessDeniedException.class);
        // Writing about the same case starts the paying parent's own conversation, separate from the other side's.
        long own = messages.startAboutCase(c.caseId(), Subject.CALCULATION, "A question about the amount", List.of());
        assertThat(messages.myConversations()).extracting(MessageViews.ConversationSummary::id).containsExactly(own);
        cases.signIn(c.receivingEmail());
        assertThat(messages.myConversations()).extracting(MessageViews.ConversationSummary::id).containsExactly(id);
        assertThatThrownBy(() -> messages.open(own)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_representative_without_message_scope_is_refused_and_one_with_it_writes_for_the_client() {
        CaseFixtures.Linked c = fx.linkedCase();
        long id = startAsReceivingParent(c);
        String rep = fx.newAccount(AccountKind.REPRESENTATIVE, "rep", null);
        long repId = accounts.idOf(rep);
        long client = accounts.idOf(c.receivingEmail());

        representation.grant(repId, c.caseId(), client, EnumSet.of(CaseAction.VIEW, CaseAction.PAYMENTS));
        cases.signIn(rep);
        assertThatThrownBy(() -> messages.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.startAboutCase(c.caseId(), Subject.OTHER, "Hello", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(messages.myConversations()).isEmpty();

        representation.grant(repId, c.caseId(), client, EnumSet.of(CaseAction.VIEW, MessageAccess.MESSAGE_SCOPE));
        messages.reply(id, "I am helping Alex with this.", List.of());
        long repStarted = messages.startAboutCase(c.caseId(), Subject.MY_DETAILS, "A new address for my client", List.of());
        assertThat(messages.myConversations()).extracting(MessageViews.ConversationSummary::id).contains(repStarted);

        // The client sees what the representative wrote for them; the other parent does not.
        cases.signIn(c.receivingEmail());
        assertThat(messages.myConversations()).extracting(MessageViews.ConversationSummary::id).contains(id, repStarted);
        ConversationDetail d = messages.open(id);
        assertThat(d.messages()).extracting(MessageViews.MessageView::body).contains("I am helping Alex with this.");
        cases.signIn(c.payingEmail());
        assertThatThrownBy(() -> messages.open(repStarted)).isInstanceOf(AccessDeniedException.class);

        // Scope withdrawn: refused at once.
        representation.withdraw(repId, c.caseId());
        cases.signIn(rep);
        assertThatThrownBy(() -> messages.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(messages.myConversations()).isEmpty();
    }

    @Test
    void another_employer_cannot_see_an_organisations_conversation_but_colleagues_can() {
        cases.signIn("employer.admin@example.com");
        long id = messages.startAsEmployer("DEO-TEST-1", Subject.PAYMENTS, "Payroll date changed", List.of());
        cases.signIn("payroll@example.com");
        assertThat(messages.open(id).orderReference()).isEqualTo("DEO-TEST-1");

        String other = fx.newAccount(AccountKind.EMPLOYER_USER, "other-employer", "Other Foods " + System.nanoTime());
        cases.signIn(other);
        assertThat(messages.myConversations()).isEmpty();
        assertThatThrownBy(() -> messages.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.reply(id, "Hi", List.of())).isInstanceOf(AccessDeniedException.class);

        CaseFixtures.Linked c = fx.linkedCase();
        long parentConversation = startAsReceivingParent(c);
        cases.signIn("employer.admin@example.com");
        assertThatThrownBy(() -> messages.open(parentConversation)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> messages.attachment(attachmentOf(parentConversation))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void casework_sees_every_conversation_and_customers_cannot_use_casework_methods() {
        CaseFixtures.Linked c = fx.linkedCase();
        long id = startAsReceivingParent(c);
        assertThatThrownBy(() -> casework.inbox(MessageViews.InboxFilter.awaiting())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.addNote(id, "note")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casework.reply(id, "as the service", List.of())).isInstanceOf(AccessDeniedException.class);
        cases.signInCaseworker();
        assertThat(casework.open(id).messages()).hasSize(1);
        assertThat(messages.attachment(attachmentOf(id)).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> messages.myConversations()).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> messages.attachment(1L)).isInstanceOf(Exception.class);
    }

    @Test
    void bad_input_is_refused_with_field_errors_and_nothing_is_saved() {
        CaseFixtures.Linked c = fx.linkedCase();
        cases.signIn(c.receivingEmail());
        long before = jdbc.queryForObject("select count(*) from msg_conversation", Long.class);
        assertThatThrownBy(() -> messages.startAboutCase(null, null, "  ", List.of()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::field).containsExactly("caseId", "subject", "body"));
        assertThatThrownBy(() -> messages.startAboutCase(c.caseId(), Subject.OTHER, "x".repeat(messages.maxLength() + 1), List.of()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::message).containsExactly("messages.error.body.long"));
        assertThat(jdbc.queryForObject("select count(*) from msg_conversation", Long.class)).isEqualTo(before);
    }
}
