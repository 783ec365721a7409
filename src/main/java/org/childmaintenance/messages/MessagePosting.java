package org.childmaintenance.messages;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UploadedFiles;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.messages.MessageEntry.Side;
import org.childmaintenance.messages.MessageViews.AttachmentInfo;
import org.childmaintenance.messages.MessageViews.ConversationDetail;
import org.childmaintenance.messages.MessageViews.MessageView;
import org.childmaintenance.messages.MessageViews.NewAttachment;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What both sides share: checking a message (length, attachments, the hourly limit), keeping it
 * with its files, auditing it, telling the recipients, and showing a conversation to one reader.
 */
@Component
class MessagePosting {
    static final int MAX_ATTACHMENTS = 5;
    private final MsgConversationRepository conversations;
    private final MsgMessageRepository messages;
    private final MsgAttachmentRepository attachments;
    private final MsgReadMarkRepository readMarks;
    private final AttachmentStore store;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxLength;
    private final int maxPerHour;

    MessagePosting(MsgConversationRepository conversations, MsgMessageRepository messages, MsgAttachmentRepository attachments,
                   MsgReadMarkRepository readMarks, AttachmentStore store, AuditService audit,
                   ApplicationEventPublisher events, Clock clock,
                   @Value("${portal.messages.max-length:5000}") int maxLength,
                   @Value("${portal.messages.max-per-hour:20}") int maxPerHour) {
        this.conversations = conversations;
        this.messages = messages;
        this.attachments = attachments;
        this.readMarks = readMarks;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.maxLength = maxLength;
        this.maxPerHour = maxPerHour;
    }

    int maxLength() {
        return maxLength;
    }

    /** Field errors for a message's text and files (empty when it may be sent). */
    List<FieldError> check(@Nullable String body, List<NewAttachment> files) {
        List<FieldError> errors = new ArrayList<>();
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            errors.add(new FieldError("body", "messages.error.body.empty"));
        } else if (text.length() > maxLength) {
            errors.add(new FieldError("body", "messages.error.body.long"));
        }
        if (files.size() > MAX_ATTACHMENTS) {
            errors.add(new FieldError("attachment", "attachment.error.tooMany"));
        }
        for (NewAttachment f : files) {
            try {
                UploadedFiles.check(f.bytes());
            } catch (UserFacingException e) {
                errors.addAll(e.fieldErrors());
                break;
            }
        }
        return errors;
    }

    /** The hourly limit on messages per account (customers only; casework's is ten times higher). */
    void requireWithinRate(long accountId, boolean caseworker) {
        long recent = messages.countByAuthorAccountIdAndInternalNoteFalseAndCreatedAtAfter(accountId,
                clock.instant().minus(Duration.ofHours(1)));
        if (recent >= (caseworker ? maxPerHour * 10L : maxPerHour)) {
            throw new UserFacingException("messages.error.rate");
        }
    }

    /** Keeps a message and its files, moves the conversation on, audits, and tells the recipients. */
    MessageEntry post(Conversation c, MessageAccess.Acting who, String body, List<NewAttachment> files, boolean internalNote) {
        Side side = who.caseworker() ? Side.SERVICE : Side.CUSTOMER;
        MessageEntry m = messages.save(new MessageEntry(c.id(), side, who.user().accountId(), who.onBehalfOf(),
                who.user().fullName(), internalNote, body.strip(), clock.instant()));
        for (NewAttachment f : files) {
            AttachmentStore.StoredFile stored = store.store(f.bytes());
            attachments.save(new AttachmentRecord(m.id(), UploadedFiles.safeName(f.fileName(), stored.type()), stored,
                    clock.instant()));
        }
        if (!internalNote) {
            if (side == Side.CUSTOMER) {
                c.customerWrote(m.createdAt());
            } else {
                c.serviceAnswered(m.createdAt());
            }
        }
        markRead(c.id(), who.user().accountId(), m.id());
        audit.recordOnBehalf(internalNote ? "MESSAGE_NOTE_ADDED" : "MESSAGE_SENT", who.onBehalfOf(), "conversation",
                c.id().toString(), (c.caseId() != null ? "case " + c.caseId() + ", " : "") + "message " + m.id()
                        + (files.isEmpty() ? "" : ", " + files.size() + " attachment(s)"));
        if (side == Side.SERVICE && !internalNote) {
            recipients(c).forEach(account -> events.publishEvent(new MessageReceived(account, c.id())));
        }
        return m;
    }

    /** The customer side's accounts: the parent (or the employer users) and whoever else has written for that side. */
    private Set<Long> recipients(Conversation c) {
        Set<Long> out = new LinkedHashSet<>();
        if (c.partyAccountId() != null) {
            out.add(c.partyAccountId());
        }
        out.add(c.startedBy());
        messages.findByConversationIdOrderByIdAsc(c.id()).stream()
                .filter(m -> m.side() == Side.CUSTOMER).forEach(m -> out.add(m.authorAccountId()));
        return out;
    }

    void markRead(long conversationId, long readerId, long messageId) {
        ReadMark mark = readMarks.findById(new ReadMark.Key(conversationId, readerId))
                .orElseGet(() -> new ReadMark(conversationId, readerId, 0));
        mark.readUpTo(messageId);
        readMarks.save(mark);
    }

    /** A conversation as this reader may see it; reading it is marked and audited. */
    ConversationDetail open(Conversation c, MessageAccess.Acting who) {
        long me = who.user().accountId();
        List<MessageEntry> all = messages.findByConversationIdOrderByIdAsc(c.id()).stream()
                .filter(m -> who.caseworker() || !m.internalNote()).toList();
        Map<Long, List<AttachmentInfo>> files = attachments.findByMessageIdInOrderByIdAsc(
                        all.stream().map(MessageEntry::id).toList()).stream()
                .collect(Collectors.groupingBy(AttachmentRecord::messageId,
                        Collectors.mapping(a -> new AttachmentInfo(a.id(), a.fileName(), a.contentType(), a.sizeBytes()),
                                Collectors.toList())));
        List<MessageView> views = all.stream().map(m -> new MessageView(m.id(), m.side() == Side.SERVICE,
                m.authorAccountId() == me,
                m.side() == Side.SERVICE && !who.caseworker() ? null : m.authorLabel(),
                m.internalNote(), m.body(), m.createdAt(), files.getOrDefault(m.id(), List.of()))).toList();
        if (!all.isEmpty()) {
            markRead(c.id(), me, all.getLast().id());
        }
        audit.recordOnBehalf("MESSAGE_READ", who.onBehalfOf(), "conversation", c.id().toString(),
                all.isEmpty() ? null : "up to message " + all.getLast().id());
        return new ConversationDetail(c.id(), c.kind(), c.subject(), c.caseId(), c.caseReference(), c.organisationName(),
                c.orderReference(), c.assignedTo(), c.assignedTo() != null && c.assignedTo() == me, views);
    }

    Conversation save(Conversation c) {
        return conversations.save(c);
    }
}
