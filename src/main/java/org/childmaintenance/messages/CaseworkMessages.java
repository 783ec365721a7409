package org.childmaintenance.messages;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.FlaggedRecordViews;
import org.childmaintenance.messages.MessageViews.ConversationDetail;
import org.childmaintenance.messages.MessageViews.Inbox;
import org.childmaintenance.messages.MessageViews.InboxFilter;
import org.childmaintenance.messages.MessageViews.InboxItem;
import org.childmaintenance.messages.MessageViews.NewAttachment;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's side of messages: one inbox across all conversations (oldest unanswered first),
 * "assign to me", replies signed "Child Maintenance Service" (the caseworker is kept in the audit),
 * and internal notes the other side never sees.
 */
@Service
@PreAuthorize("hasRole('CASEWORKER')")
public class CaseworkMessages {
    /** Reply templates: text keys {@code messages.template.<name>} (title) and {@code .body}. */
    public enum Template { RECEIVED, NEED_EVIDENCE, PAYMENT_CHECKED, CALL_US }

    private final MsgConversationRepository conversations;
    private final MessagePosting posting;
    private final MessageAccess access;
    private final AuditService audit;
    private final FlaggedRecordViews flaggedViews;

    CaseworkMessages(MsgConversationRepository conversations, MessagePosting posting, MessageAccess access, AuditService audit,
                     FlaggedRecordViews flaggedViews) {
        this.conversations = conversations;
        this.posting = posting;
        this.access = access;
        this.audit = audit;
        this.flaggedViews = flaggedViews;
    }

    /** The inbox with counts over every conversation; lines waiting longest for an answer come first. */
    @Transactional(readOnly = true)
    public Inbox inbox(InboxFilter filter) {
        long me = access.me().accountId();
        List<Conversation> all = conversations.findAllByOrderByLastMessageAtDesc();
        long awaiting = all.stream().filter(c -> c.awaitingReplySince() != null).count();
        long unassigned = all.stream().filter(c -> c.awaitingReplySince() != null && c.assignedTo() == null).count();
        long mine = all.stream().filter(c -> c.awaitingReplySince() != null && Objects.equals(c.assignedTo(), me)).count();
        List<String> organisations = all.stream().map(Conversation::organisationName).filter(Objects::nonNull)
                .distinct().sorted().toList();
        List<InboxItem> items = all.stream().filter(c -> matches(c, filter))
                .sorted(Comparator.comparing((Conversation c) -> c.awaitingReplySince() == null ? Instant.MAX : c.awaitingReplySince())
                        .thenComparing(Conversation::lastMessageAt, Comparator.reverseOrder()))
                .map(c -> new InboxItem(c.id(), c.kind(), c.subject(), c.caseReference(), c.organisationName(),
                        c.orderReference(), c.awaitingReplySince(), c.lastMessageAt(), c.assignedTo() != null,
                        Objects.equals(c.assignedTo(), me)))
                .toList();
        return new Inbox(items, awaiting, unassigned, mine, organisations);
    }

    private static boolean matches(Conversation c, InboxFilter f) {
        return (!f.onlyAwaiting() || c.awaitingReplySince() != null)
                && (f.subject() == null || f.subject() == c.subject())
                && (blank(f.caseReference()) || c.caseReference() != null
                        && c.caseReference().toLowerCase(Locale.UK).contains(f.caseReference().strip().toLowerCase(Locale.UK)))
                && (blank(f.organisationName()) || f.organisationName().equals(c.organisationName()));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    /** How many conversations wait for an answer (for the navigation). */
    @Transactional(readOnly = true)
    public long awaitingCount() {
        return conversations.findAllByOrderByLastMessageAtDesc().stream().filter(c -> c.awaitingReplySince() != null).count();
    }

    /**
     * A conversation with everything in it, internal notes included; opening it is audited, and one about a
     * safety-flagged person's case also as a view of their record (LC-17.6).
     */
    @Transactional
    public ConversationDetail open(long conversationId) {
        Conversation c = find(conversationId);
        ConversationDetail detail = posting.open(c, access.require(c));
        Long caseId = c.caseId();
        if (caseId != null) {
            flaggedViews.viewed(caseId, "a message conversation about the case");
        }
        return detail;
    }

    /** Takes a conversation: the inbox shows it as the caseworker's. */
    @Transactional
    public void assignToMe(long conversationId) {
        Conversation c = find(conversationId);
        c.assignTo(access.me().accountId());
        posting.save(c);
        audit.record("CONVERSATION_ASSIGNED", "conversation", c.id().toString(), null);
    }

    /** Answers as "Child Maintenance Service"; the people on the other side are told (MessageReceived). */
    @Transactional
    public void reply(long conversationId, @Nullable String body, List<NewAttachment> files) {
        Conversation c = find(conversationId);
        MessageAccess.Acting who = access.require(c);
        requireValid(posting.check(body, files));
        posting.requireWithinRate(who.user().accountId(), true);
        posting.post(c, who, body, files, false);
    }

    /** A note for casework only: the other side never sees it, and it does not count as an answer. */
    @Transactional
    public void addNote(long conversationId, @Nullable String body) {
        Conversation c = find(conversationId);
        requireValid(posting.check(body, List.of()));
        posting.post(c, access.require(c), body, List.of(), true);
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
    }

    private Conversation find(long id) {
        return conversations.findById(id).orElseThrow(() -> new AccessDeniedException("No such conversation"));
    }
}
