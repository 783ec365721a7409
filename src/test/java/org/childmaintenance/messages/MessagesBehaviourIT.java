package org.childmaintenance.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.childmaintenance.audit.AuditRecord;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.cases.CaseFixtures;
import org.childmaintenance.messages.MessageViews.ConversationDetail;
import org.childmaintenance.messages.MessageViews.DraftView;
import org.childmaintenance.messages.MessageViews.InboxFilter;
import org.childmaintenance.messages.MessageViews.InboxItem;
import org.childmaintenance.support.MutableClock;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Attachments checked by content, unread counts, the inbox order, notes, drafts, limits and the audit. */
@PortalTest
@RecordApplicationEvents
class MessagesBehaviourIT {
    @Autowired MessageService messages;
    @Autowired CaseworkMessages casework;
    @Autowired CaseFixtures cases;
    @Autowired MessageFixtures fx;
    @Autowired AttachmentStore store;
    @Autowired AttachmentDownloadController downloads;
    @Autowired AuditService audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private long conversations() {
        return jdbc.queryForObject("select count(*) from msg_conversation", Long.class);
    }

    @Test
    void a_pdf_that_is_really_html_is_refused_and_nothing_is_kept() {
        CaseFixtures.Linked c = fx.linkedCase();
        cases.signIn(c.receivingEmail());
        long before = conversations();
        assertThatThrownBy(() -> messages.startAboutCase(c.caseId(), Subject.PAYMENTS, "See attached",
                List.of(MessageFixtures.htmlPretendingToBePdf())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(new UserFacingException.FieldError("attachment", "attachment.error.type")));
        assertThatThrownBy(() -> messages.checkAttachment(MessageFixtures.htmlPretendingToBePdf()))
                .isInstanceOf(UserFacingException.class);
        assertThat(conversations()).isEqualTo(before);
    }

    @Test
    void a_file_over_10_mb_is_refused_and_an_empty_one_too() {
        CaseFixtures.Linked c = fx.linkedCase();
        cases.signIn(c.receivingEmail());
        long id = messages.startAboutCase(c.caseId(), Subject.PAYMENTS, "First", List.of());
        assertThatThrownBy(() -> messages.reply(id, "Big file", List.of(MessageFixtures.oversizePdf())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::message).containsExactly("attachment.error.size"));
        assertThatThrownBy(() -> messages.reply(id, "Empty file", List.of(new MessageViews.NewAttachment("a.png", new byte[0]))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors())
                        .extracting(UserFacingException.FieldError::message).containsExactly("attachment.error.empty"));
        assertThat(messages.open(id).messages()).hasSize(1);
    }

    @Test
    void files_are_typed_by_content_and_served_only_as_downloads() throws Exception {
        CaseFixtures.Linked c = fx.linkedCase();
        cases.signIn(c.receivingEmail());
        long id = messages.startAboutCase(c.caseId(), Subject.OTHER, "Two files",
                List.of(MessageFixtures.pdf("../../etc/My letter.pdf"), MessageFixtures.png("photo.pdf")));
        List<MessageViews.AttachmentInfo> files = messages.open(id).messages().getFirst().attachments();
        assertThat(files).extracting(MessageViews.AttachmentInfo::fileName).containsExactly("My letter.pdf", "photo.png");
        assertThat(files).extracting(MessageViews.AttachmentInfo::contentType).containsExactly("application/pdf", "image/png");

        ResponseEntity<byte[]> response = downloads.download(files.get(1).id());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getFirst("Content-Disposition")).startsWith("attachment;").contains("photo.png");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getCacheControl()).as("no copy kept by browsers or proxies").isEqualTo("no-store");
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("image/png");
        assertThat(response.getBody()).isEqualTo(MessageFixtures.png("x").bytes());

        // Kept outside the web root, under a random name without extension, and checked on the way out.
        String key = jdbc.queryForObject("select storage_key from msg_attachment where id = ?", String.class, files.get(1).id());
        assertThat(Files.exists(store.pathOf(key))).isTrue();
        assertThat(store.pathOf(key).getFileName().toString()).doesNotContain(".");

        cases.signIn(c.payingEmail());
        assertThat(downloads.download(files.get(1).id()).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void a_refused_send_leaves_no_file_behind() throws Exception {
        CaseFixtures.Linked c = fx.linkedCase();
        cases.signIn(c.receivingEmail());
        long id = messages.startAboutCase(c.caseId(), Subject.OTHER, "First", List.of());
        long files = jdbc.queryForObject("select count(*) from msg_attachment", Long.class);
        clock.advance(Duration.ofSeconds(1));
        for (int i = 1; i < 20; i++) {
            messages.reply(id, "Message " + i, List.of());
        }
        assertThatThrownBy(() -> messages.reply(id, "One too many", List.of(MessageFixtures.pdf("a.pdf"))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.getMessage()).isEqualTo("messages.error.rate"));
        assertThat(jdbc.queryForObject("select count(*) from msg_attachment", Long.class)).isEqualTo(files);
        clock.advance(Duration.ofMinutes(61));
        messages.reply(id, "An hour later", List.of());
    }

    @Test
    void the_service_reply_is_unread_until_opened_and_notes_never_reach_the_parent() {
        CaseFixtures.Linked c = fx.linkedCase();
        cases.signIn(c.receivingEmail());
        long id = messages.startAboutCase(c.caseId(), Subject.PAYMENTS, "Where is the payment?", List.of());
        assertThat(messages.myUnreadCount()).isZero();

        cases.signInCaseworker();
        casework.addNote(id, "Internal: checked the bank file");
        casework.reply(id, "We have asked the other parent to pay.", List.of());
        long caseworker = ((org.childmaintenance.identity.PortalUser) SecurityContextHolder.getContext().getAuthentication()
                .getPrincipal()).accountId();

        cases.signIn(c.receivingEmail());
        assertThat(messages.myUnreadCount()).isEqualTo(1);
        assertThat(messages.myConversations()).singleElement().satisfies(s -> assertThat(s.unread()).isEqualTo(1));
        ConversationDetail d = messages.open(id);
        assertThat(d.messages()).extracting(MessageViews.MessageView::body)
                .containsExactly("Where is the payment?", "We have asked the other parent to pay.");
        assertThat(d.messages().get(1).fromService()).isTrue();
        assertThat(d.messages().get(1).author()).as("the caseworker's name is not shown").isNull();
        assertThat(messages.myUnreadCount()).isZero();

        long parentId = jdbc.queryForObject("select id from account where email = ?", Long.class, c.receivingEmail());
        assertThat(events.stream(MessageReceived.class)).containsExactly(new MessageReceived(parentId, id));

        // Every message and every read is in the audit, with the caseworker's own account.
        cases.signInCaseworker();
        List<AuditRecord> trail = audit.trailOf("conversation", Long.toString(id), 50);
        assertThat(trail).extracting(AuditRecord::action).contains("MESSAGE_SENT", "MESSAGE_NOTE_ADDED", "MESSAGE_READ");
        assertThat(trail).filteredOn(r -> r.action().equals("MESSAGE_SENT") && r.actorAccountId() == caseworker).hasSize(1);
    }

    @Test
    void the_inbox_shows_the_oldest_unanswered_first_with_counts_filters_and_assignment() {
        CaseFixtures.Linked first = fx.linkedCase();
        CaseFixtures.Linked second = fx.linkedCase();
        clock.advance(Duration.ofDays(-3));
        cases.signIn(first.receivingEmail());
        long older = messages.startAboutCase(first.caseId(), Subject.CALCULATION, "Older question", List.of());
        clock.advance(Duration.ofDays(1));
        cases.signIn(second.payingEmail());
        long newer = messages.startAboutCase(second.caseId(), Subject.PAYMENTS, "Newer question", List.of());
        clock.reset();

        cases.signInCaseworker();
        List<Long> order = casework.inbox(InboxFilter.awaiting()).items().stream().map(InboxItem::conversationId).toList();
        assertThat(order.indexOf(older)).isLessThan(order.indexOf(newer));
        MessageViews.Inbox before = casework.inbox(InboxFilter.awaiting());

        casework.assignToMe(newer);
        MessageViews.Inbox after = casework.inbox(InboxFilter.awaiting());
        assertThat(after.assignedToMe()).isEqualTo(before.assignedToMe() + 1);
        assertThat(after.awaitingUnassigned()).isEqualTo(before.awaitingUnassigned() - 1);

        assertThat(casework.inbox(new InboxFilter(first.reference(), null, null, true)).items())
                .extracting(InboxItem::conversationId).containsExactly(older);
        assertThat(casework.inbox(new InboxFilter(null, null, Subject.CALCULATION, true)).items())
                .extracting(InboxItem::conversationId).contains(older).doesNotContain(newer);
        assertThat(casework.inbox(new InboxFilter(null, "Northfield Foods Ltd", null, false)).items())
                .allMatch(i -> "Northfield Foods Ltd".equals(i.organisationName()));

        casework.reply(older, "Answered", List.of());
        assertThat(casework.inbox(InboxFilter.awaiting()).items()).extracting(InboxItem::conversationId).doesNotContain(older);
        assertThat(casework.inbox(InboxFilter.awaiting()).awaiting()).isEqualTo(before.awaiting() - 1);
    }

    @Test
    void a_draft_survives_signing_out_and_goes_once_sent() {
        CaseFixtures.Linked c = fx.linkedCase();
        cases.signIn(c.receivingEmail());
        messages.saveDraft(MessageService.NEW_DRAFT, new DraftView(Subject.MY_DETAILS, c.caseId(), null, "Half a message", null));
        SecurityContextHolder.clearContext();
        cases.signIn(c.payingEmail());
        assertThat(messages.draft(MessageService.NEW_DRAFT).body()).as("drafts are per person").isEmpty();

        cases.signIn(c.receivingEmail());
        DraftView back = messages.draft(MessageService.NEW_DRAFT);
        assertThat(back.body()).isEqualTo("Half a message");
        assertThat(back.subject()).isEqualTo(Subject.MY_DETAILS);
        messages.startAboutCase(c.caseId(), back.subject(), back.body() + ", finished.", List.of());
        assertThat(messages.draft(MessageService.NEW_DRAFT).body()).isEmpty();
    }
}
