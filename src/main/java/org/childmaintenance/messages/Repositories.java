package org.childmaintenance.messages;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MsgConversationRepository extends JpaRepository<Conversation, Long> {
    List<Conversation> findByPartyAccountIdOrderByLastMessageAtDesc(long partyAccountId);

    List<Conversation> findByStartedByAndKindOrderByLastMessageAtDesc(long startedBy, ConversationKind kind);

    List<Conversation> findByOrganisationIdOrderByLastMessageAtDesc(long organisationId);

    List<Conversation> findByCaseIdInAndKindOrderByLastMessageAtDesc(Collection<Long> caseIds, ConversationKind kind);

    List<Conversation> findAllByOrderByLastMessageAtDesc();
}

interface MsgMessageRepository extends JpaRepository<MessageEntry, Long> {
    List<MessageEntry> findByConversationIdOrderByIdAsc(long conversationId);

    long countByAuthorAccountIdAndInternalNoteFalseAndCreatedAtAfter(long authorAccountId, Instant since);

    /** Messages from the service (never notes) in these conversations after what the reader has read. */
    @Query("select count(m) from MsgMessage m where m.conversationId in :ids and m.internalNote = false"
            + " and m.side = org.childmaintenance.messages.MessageEntry.Side.SERVICE and m.id > coalesce("
            + "(select r.lastReadId from MsgReadMark r where r.key.conversationId = m.conversationId and r.key.accountId = :reader), 0)")
    long countUnreadFromService(Collection<Long> ids, long reader);

    @Query("select m.conversationId, count(m) from MsgMessage m where m.conversationId in :ids and m.internalNote = false"
            + " and m.side = org.childmaintenance.messages.MessageEntry.Side.SERVICE and m.id > coalesce("
            + "(select r.lastReadId from MsgReadMark r where r.key.conversationId = m.conversationId and r.key.accountId = :reader), 0)"
            + " group by m.conversationId")
    List<Object[]> unreadFromServiceByConversation(Collection<Long> ids, long reader);
}

interface MsgAttachmentRepository extends JpaRepository<AttachmentRecord, Long> {
    List<AttachmentRecord> findByMessageIdInOrderByIdAsc(Collection<Long> messageIds);
}

interface MsgReadMarkRepository extends JpaRepository<ReadMark, ReadMark.Key> {
}

interface MsgDraftRepository extends JpaRepository<Draft, Long> {
    Optional<Draft> findByAccountIdAndDraftKey(long accountId, String draftKey);

    void deleteByAccountIdAndDraftKey(long accountId, String draftKey);
}
