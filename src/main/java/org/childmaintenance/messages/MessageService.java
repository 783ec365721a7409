package org.childmaintenance.messages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UploadedFiles;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.messages.MessageViews.CaseChoice;
import org.childmaintenance.messages.MessageViews.ConversationDetail;
import org.childmaintenance.messages.MessageViews.ConversationSummary;
import org.childmaintenance.messages.MessageViews.Download;
import org.childmaintenance.messages.MessageViews.DraftView;
import org.childmaintenance.messages.MessageViews.NewAttachment;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secure messages for the customer side (LC-13.6, LC-16.2, LC-17.3): a parent about their side of
 * a case, a representative for their client within scope, an employer organisation about an
 * order. Every method checks who is asking ({@link MessageAccess}); every message and every read is
 * audited. Error messages are translation keys.
 */
@Service
public class MessageService {
    static final int MAX_ORDER_REFERENCE = 60;
    private final MsgConversationRepository conversations;
    private final MsgMessageRepository messages;
    private final MsgAttachmentRepository attachments;
    private final MsgDraftRepository drafts;
    private final MessagePosting posting;
    private final MessageAccess access;
    private final AttachmentStore store;
    private final CaseService cases;
    private final IdentityService identity;
    private final ActingFor actingFor;
    private final AuditService audit;
    private final Clock clock;

    MessageService(MsgConversationRepository conversations, MsgMessageRepository messages, MsgAttachmentRepository attachments,
                   MsgDraftRepository drafts, MessagePosting posting, MessageAccess access, AttachmentStore store,
                   CaseService cases, IdentityService identity, ActingFor actingFor, AuditService audit, Clock clock) {
        this.actingFor = actingFor;
        this.conversations = conversations;
        this.messages = messages;
        this.attachments = attachments;
        this.drafts = drafts;
        this.posting = posting;
        this.access = access;
        this.store = store;
        this.cases = cases;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** The longest message accepted (characters). */
    public int maxLength() {
        return posting.maxLength();
    }

    /** The signed-in parent's cases they may write about. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public List<CaseChoice> casesICanWriteAbout() {
        return cases.myCases().stream().filter(c -> access.mayWriteAbout(c.id()))
                .map(c -> new CaseChoice(c.id(), c.reference())).toList();
    }

    /** The signed-in person's conversations, latest first, each with its unread count. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PARENT','REPRESENTATIVE','EMPLOYER')")
    public List<ConversationSummary> myConversations() {
        List<Conversation> mine = visibleConversations();
        Map<Long, Integer> unread = unreadByConversation(mine);
        return mine.stream().map(c -> new ConversationSummary(c.id(), c.kind(), c.subject(), c.caseReference(),
                c.orderReference(), c.lastMessageAt(), unread.getOrDefault(c.id(), 0))).toList();
    }

    /** How many messages from the service the signed-in person has not read (for the navigation). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PARENT','REPRESENTATIVE','EMPLOYER')")
    public int myUnreadCount() {
        List<Conversation> mine = visibleConversations();
        return mine.isEmpty() ? 0 : (int) messages.countUnreadFromService(mine.stream().map(Conversation::id).toList(),
                access.me().accountId());
    }

    private List<Conversation> visibleConversations() {
        PortalUser me = access.me();
        List<Conversation> found = switch (me.kind()) {
            case PARENT -> conversations.findByPartyAccountIdOrderByLastMessageAtDesc(me.accountId());
            case EMPLOYER_USER -> me.organisationId() == null ? List.of()
                    : conversations.findByOrganisationIdOrderByLastMessageAtDesc(me.organisationId());
            // What they started, and their clients' side of each case they act on (access.require below
            // keeps only what is on their client's side and within a scope that includes messages).
            case REPRESENTATIVE -> representativesConversations(me.accountId());
            case CASEWORKER, PARTNER_USER -> List.of();
        };
        List<Conversation> out = new ArrayList<>();
        for (Conversation c : found) {
            try {
                access.require(c);
                out.add(c);
            } catch (AccessDeniedException e) {
                // scope withdrawn: no longer theirs to see
            }
        }
        return out;
    }

    private List<Conversation> representativesConversations(long accountId) {
        Map<Long, Conversation> byId = new LinkedHashMap<>();
        conversations.findByStartedByAndKindOrderByLastMessageAtDesc(accountId, ConversationKind.CASE)
                .forEach(c -> byId.put(c.id(), c));
        List<Long> cases = actingFor.casesIActOn();
        if (!cases.isEmpty()) {
            conversations.findByCaseIdInAndKindOrderByLastMessageAtDesc(cases, ConversationKind.CASE)
                    .forEach(c -> byId.putIfAbsent(c.id(), c));
        }
        return byId.values().stream().sorted(Comparator.comparing(Conversation::lastMessageAt).reversed()).toList();
    }

    /**
     * How many messages from the service on the signed-in person's side of one case they have not read
     * (a representative: their client's side, and only when the parent's scope includes messages;
     * otherwise 0). For a representative's "My clients" (issue 13).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PARENT','REPRESENTATIVE')")
    public int unreadOnCase(long caseId) {
        access.requireView(caseId);
        if (!access.mayWriteAbout(caseId)) {
            return 0;
        }
        MessageAccess.Acting who = access.forCase(caseId);
        List<Long> ids = conversations.findByCaseIdInAndKindOrderByLastMessageAtDesc(List.of(caseId), ConversationKind.CASE)
                .stream().filter(c -> c.partyAccountId() != null && c.partyAccountId() == who.partyAccountId())
                .map(Conversation::id).toList();
        return ids.isEmpty() ? 0 : (int) messages.countUnreadFromService(ids, who.user().accountId());
    }

    private Map<Long, Integer> unreadByConversation(List<Conversation> list) {
        Map<Long, Integer> out = new HashMap<>();
        if (!list.isEmpty()) {
            for (Object[] row : messages.unreadFromServiceByConversation(list.stream().map(Conversation::id).toList(),
                    access.me().accountId())) {
                out.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return out;
    }

    /**
     * Starts a conversation about a case, for the signed-in parent's side (or, for a representative,
     * their client's side). Field errors: caseId, subject, body, attachment.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PARENT','REPRESENTATIVE')")
    public long startAboutCase(@Nullable Long caseId, @Nullable Subject subject, @Nullable String body,
                               List<NewAttachment> files) {
        List<FieldError> errors = new ArrayList<>();
        if (caseId == null) {
            errors.add(new FieldError("caseId", "messages.error.case"));
        }
        requireValid(errors, subject, body, files);
        MessageAccess.Acting who = access.forCase(caseId);
        if (who.caseworker()) {
            throw new AccessDeniedException("Casework replies from the inbox");
        }
        posting.requireWithinRate(who.user().accountId(), false);
        Conversation c = posting.save(Conversation.aboutCase(caseId, referenceOf(caseId), who.partyAccountId(), subject,
                who.user().accountId(), clock.instant()));
        posting.post(c, who, body, files, false);
        drafts.deleteByAccountIdAndDraftKey(who.user().accountId(), NEW_DRAFT);
        return c.id();
    }

    private @Nullable String referenceOf(long caseId) {
        try {
            return cases.sentApplication(caseId).reference();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Starts a conversation for the signed-in employer user's organisation, optionally about one order. */
    @Transactional
    @PreAuthorize("hasRole('EMPLOYER')")
    public long startAsEmployer(@Nullable String orderReference, @Nullable Subject subject, @Nullable String body,
                                List<NewAttachment> files) {
        List<FieldError> errors = new ArrayList<>();
        String order = orderReference == null || orderReference.isBlank() ? null : orderReference.strip();
        if (order != null && order.length() > MAX_ORDER_REFERENCE) {
            errors.add(new FieldError("orderReference", "messages.error.orderReference"));
        }
        requireValid(errors, subject, body, files);
        PortalUser me = access.me();
        if (me.organisationId() == null) {
            throw new AccessDeniedException("No organisation");
        }
        posting.requireWithinRate(me.accountId(), false);
        Conversation c = posting.save(Conversation.forEmployer(me.organisationId(), identity.myAccount().organisationName(),
                order, subject, me.accountId(), clock.instant()));
        posting.post(c, new MessageAccess.Acting(me, null, false), body, files, false);
        drafts.deleteByAccountIdAndDraftKey(me.accountId(), NEW_DRAFT);
        return c.id();
    }

    private void requireValid(List<FieldError> errors, @Nullable Subject subject, @Nullable String body, List<NewAttachment> files) {
        if (subject == null) {
            errors.add(new FieldError("subject", "messages.error.subject"));
        }
        errors.addAll(posting.check(body, files));
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
    }

    /** The customer side answers in an existing conversation. Field errors: body, attachment. */
    @Transactional
    @PreAuthorize("hasAnyRole('PARENT','REPRESENTATIVE','EMPLOYER')")
    public void reply(long conversationId, @Nullable String body, List<NewAttachment> files) {
        Conversation c = conversations.findById(conversationId).orElseThrow(() -> new AccessDeniedException("No such conversation"));
        MessageAccess.Acting who = access.require(c);
        List<FieldError> errors = posting.check(body, files);
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        posting.requireWithinRate(who.user().accountId(), false);
        posting.post(c, who, body, files, false);
        drafts.deleteByAccountIdAndDraftKey(who.user().accountId(), replyDraftKey(conversationId));
    }

    /** One conversation with its messages (never casework's notes); opening it marks it read. */
    @Transactional
    @PreAuthorize("hasAnyRole('PARENT','REPRESENTATIVE','EMPLOYER')")
    public ConversationDetail open(long conversationId) {
        Conversation c = conversations.findById(conversationId).orElseThrow(() -> new AccessDeniedException("No such conversation"));
        return posting.open(c, access.require(c));
    }

    /**
     * An attachment, for whoever may see its conversation (casework included); always audited.
     * The caller must send it as a download with the type given here.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Download attachment(long attachmentId) {
        AttachmentRecord a = attachments.findById(attachmentId).orElseThrow(() -> new AccessDeniedException("No such file"));
        MessageEntry m = messages.findById(a.messageId()).orElseThrow();
        Conversation c = conversations.findById(m.conversationId()).orElseThrow();
        MessageAccess.Acting who = access.require(c);
        if (m.internalNote() && !who.caseworker()) {
            throw new AccessDeniedException("No such file");
        }
        audit.recordOnBehalf("MESSAGE_ATTACHMENT_DOWNLOADED", who.onBehalfOf(), "conversation", c.id().toString(),
                "attachment " + a.id());
        return new Download(a.fileName(), a.contentType(), store.read(a.storageKey(), a.sha256()));
    }

    /** Checks a file as soon as it is chosen (the same check as on sending). Field: attachment. */
    public void checkAttachment(NewAttachment file) {
        UploadedFiles.check(file.bytes());
    }

    // ---- Drafts ---------------------------------------------------------------------------

    /** The draft key of a new message. */
    public static final String NEW_DRAFT = "new";

    /** The draft key of a reply in one conversation. */
    public static String replyDraftKey(long conversationId) {
        return "reply-" + conversationId;
    }

    /** The signed-in person's draft for this place (empty if none). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public DraftView draft(String key) {
        return drafts.findByAccountIdAndDraftKey(access.me().accountId(), key)
                .map(d -> new DraftView(d.subject(), d.caseId(), d.orderReference(), d.body(), d.updatedAt()))
                .orElse(DraftView.empty());
    }

    /** Saves what the person has typed so far (called as they type). Too-long text is kept, cut at twice the limit. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void saveDraft(String key, DraftView draft) {
        if (key.length() > 60) {
            throw new IllegalArgumentException("Draft key too long");
        }
        long me = access.me().accountId();
        String body = draft.body() == null ? "" : draft.body();
        if (body.length() > 2 * posting.maxLength()) {
            body = body.substring(0, 2 * posting.maxLength());
        }
        String order = draft.orderReference() == null || draft.orderReference().length() <= MAX_ORDER_REFERENCE
                ? draft.orderReference() : draft.orderReference().substring(0, MAX_ORDER_REFERENCE);
        Draft d = drafts.findByAccountIdAndDraftKey(me, key).orElseGet(() -> new Draft(me, key));
        d.update(draft.subject(), draft.caseId(), order, body, clock.instant());
        drafts.save(d);
    }

    /** Field errors as the pages show them: field name to message key, in page order. */
    public static Map<String, String> byField(UserFacingException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.fieldErrors().forEach(fe -> out.putIfAbsent(fe.field(), fe.message()));
        return out;
    }
}
