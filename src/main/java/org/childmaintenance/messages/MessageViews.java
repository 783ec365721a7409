package org.childmaintenance.messages;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the messages feature shows people: read models, already cut to what the reader may see. */
public final class MessageViews {
    private MessageViews() {
    }

    /** A file someone chose to send with a message (checked by the service, not trusted). */
    public record NewAttachment(String fileName, byte[] bytes) {
    }

    /** A case the person may write about. */
    public record CaseChoice(long caseId, String reference) {
    }

    /** One line of someone's list of conversations. {@code unread}: messages from the service not yet read. */
    public record ConversationSummary(long id, ConversationKind kind, Subject subject, @Nullable String caseReference,
                                      @Nullable String orderReference, Instant lastMessageAt, int unread) {
    }

    public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes) {
        /** Where the file downloads from (relative to the application's root). */
        public String href() {
            return AttachmentDownloadController.href(id);
        }
    }

    /**
     * One message as the reader sees it: {@code fromService} messages are signed "Child Maintenance
     * Service"; {@code author} is the name on the customer side ("You" is decided by the page), or,
     * for casework only, the caseworker. {@code internalNote} only ever reaches casework.
     */
    public record MessageView(long id, boolean fromService, boolean mine, @Nullable String author, boolean internalNote,
                              String body, Instant sentAt, List<AttachmentInfo> attachments) {
    }

    /** A conversation with its messages in order. */
    public record ConversationDetail(long id, ConversationKind kind, Subject subject, @Nullable Long caseId,
                                     @Nullable String caseReference, @Nullable String organisationName,
                                     @Nullable String orderReference, @Nullable Long assignedTo,
                                     boolean assignedToMe, List<MessageView> messages) {
    }

    /** A saved draft (empty body when there is none). */
    public record DraftView(@Nullable Subject subject, @Nullable Long caseId, @Nullable String orderReference,
                            String body, @Nullable Instant savedAt) {
        public static DraftView empty() {
            return new DraftView(null, null, null, "", null);
        }
    }

    /** A file to download, already checked. */
    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    /** One line of the casework inbox. */
    public record InboxItem(long conversationId, ConversationKind kind, Subject subject, @Nullable String caseReference,
                            @Nullable String organisationName, @Nullable String orderReference,
                            @Nullable Instant awaitingSince, Instant lastMessageAt, boolean assigned,
                            boolean assignedToMe) {
    }

    /** Which conversations the inbox shows; null or blank means any. */
    public record InboxFilter(@Nullable String caseReference, @Nullable String organisationName,
                              @Nullable Subject subject, boolean onlyAwaiting) {
        public static InboxFilter awaiting() {
            return new InboxFilter(null, null, null, true);
        }
    }

    /** The inbox: its lines (oldest unanswered first) and counts across all conversations. */
    public record Inbox(List<InboxItem> items, long awaiting, long awaitingUnassigned, long assignedToMe,
                        List<String> organisations) {
    }
}
