package org.childmaintenance.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.identity.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A party's documents for one case (LC-16.2: copies of letters; LC-17.6: only their own), and an
 * employer organisation's documents (LC-13.7: orders, variations, discharges), newest first, from
 * every {@link DocumentSource}. Opening one is checked and audited here, whatever the source does itself.
 */
@Service
public class DocumentService {
    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);
    private final List<DocumentSource> sources;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ObjectProvider<DecisionChallenges> challenges;

    DocumentService(List<DocumentSource> sources, AccessService access, CurrentUser currentUser, AuditService audit,
                    ObjectProvider<DecisionChallenges> challenges) {
        this.sources = List.copyOf(sources);
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.challenges = challenges;
    }

    /**
     * One line of the Documents page. A decision letter carries its decision's id and, where a
     * {@link DecisionChallenges} bean answers, the decision's date, the last day to ask us to look again
     * and what the viewer may do ({@code challenge}).
     */
    public record DocumentItem(String source, String key, String title, Instant date, String contentType,
                               @Nullable Long decisionId, DecisionChallenges.@Nullable Challenge challenge) {
        public DocumentItem(String source, String key, String title, Instant date, String contentType) {
            this(source, key, title, date, contentType, null, null);
        }

        /** Where it downloads from (relative to the application's root). */
        public String href(long caseId) {
            return DocumentDownloadController.href(caseId, source, key);
        }

        /** Where one of the organisation's documents downloads from. */
        public String organisationHref() {
            return DocumentDownloadController.organisationHref(source, key);
        }

        /** Where one of the person's own letters (not of a case) downloads from. */
        public String personalHref() {
            return DocumentDownloadController.personalHref(source, key);
        }
    }

    /** Every document of the case the signed-in party may see, newest first. */
    public List<DocumentItem> documents(long caseId) {
        requireParty(caseId);
        List<DocumentItem> out = new ArrayList<>();
        for (DocumentSource s : sources) {
            try {
                s.documents(caseId).forEach(e -> out.add(new DocumentItem(s.name(), e.key(), e.title(), e.date(),
                        e.contentType(), e.decisionId(), null)));
            } catch (UserFacingException e) {
                log.debug("Source {} has nothing for case {}: {}", s.name(), caseId, e.getMessage());
            }
        }
        withChallenges(caseId, out);
        out.sort(Comparator.comparing(DocumentItem::date).reversed().thenComparing(DocumentItem::title));
        return out;
    }

    /** Adds each decision letter's dates and action (LC-14.2), if a {@link DecisionChallenges} bean is there. */
    private void withChallenges(long caseId, List<DocumentItem> items) {
        DecisionChallenges source = challenges.getIfAvailable();
        if (source == null || items.stream().allMatch(i -> i.decisionId() == null)) {
            return;
        }
        Map<Long, DecisionChallenges.Challenge> byDecision;
        try {
            byDecision = source.challenges(caseId);
        } catch (UserFacingException | AccessDeniedException e) {
            log.debug("No decision dates for case {}: {}", caseId, e.getMessage());
            return; // the letters are still listed
        }
        items.replaceAll(i -> i.decisionId() == null || !byDecision.containsKey(i.decisionId()) ? i
                : new DocumentItem(i.source(), i.key(), i.title(), i.date(), i.contentType(), i.decisionId(),
                        byDecision.get(i.decisionId())));
    }

    /** One document as a file; refused if the person may not view the case or the source refuses. */
    public DocumentSource.File open(long caseId, String source, String key) {
        AccessService.Decision who = requireParty(caseId);
        DocumentSource s = sources.stream().filter(x -> x.name().equals(source)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("No such document source"));
        DocumentSource.File file = s.open(caseId, key);
        audit.recordOnBehalf("DOCUMENT_DOWNLOADED", who.onBehalfOf(), "case", Long.toString(caseId), source + " " + key);
        return file;
    }

    /** The signed-in employer user's organisation's documents (order notices and the like), newest first. */
    @PreAuthorize("hasRole('EMPLOYER')")
    public List<DocumentItem> myOrganisationDocuments() {
        myOrganisation();
        List<DocumentItem> out = new ArrayList<>();
        for (DocumentSource s : sources) {
            s.organisationDocuments()
                    .forEach(e -> out.add(new DocumentItem(s.name(), e.key(), e.title(), e.date(), e.contentType())));
        }
        out.sort(Comparator.comparing(DocumentItem::date).reversed().thenComparing(DocumentItem::title));
        return out;
    }

    /**
     * The signed-in parent's letters that belong to no case of theirs (e.g. an old-scheme case's closure
     * letters), newest first. Representatives and staff have none here.
     */
    public List<DocumentItem> personalDocuments() {
        if (!currentUser.hasRole(Roles.PARENT)) {
            return List.of();
        }
        List<DocumentItem> out = new ArrayList<>();
        for (DocumentSource s : sources) {
            s.personalDocuments().forEach(e -> out.add(new DocumentItem(s.name(), e.key(), e.title(), e.date(), e.contentType())));
        }
        out.sort(Comparator.comparing(DocumentItem::date).reversed().thenComparing(DocumentItem::title));
        return out;
    }

    /** One of the organisation's documents as a file (its own organisation's only); audited. */
    @PreAuthorize("hasRole('EMPLOYER')")
    public DocumentSource.File openForMyOrganisation(String source, String key) {
        long organisation = myOrganisation();
        DocumentSource s = sources.stream().filter(x -> x.name().equals(source)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("No such document source"));
        DocumentSource.File file = s.openForOrganisation(key);
        audit.record("DOCUMENT_DOWNLOADED", "organisation", Long.toString(organisation), source + " " + key);
        return file;
    }

    private long myOrganisation() {
        PortalUser me = currentUser.require();
        if (!currentUser.hasRole(Roles.EMPLOYER) || me.organisationId() == null) {
            throw new AccessDeniedException("Not an employer user");
        }
        return me.organisationId();
    }

    /** One of the signed-in parent's own letters as a file; checked by its source and audited here. */
    public DocumentSource.File openPersonal(String source, String key) {
        PortalUser me = currentUser.require();
        if (!currentUser.hasRole(Roles.PARENT)) {
            throw new AccessDeniedException("Parents only");
        }
        DocumentSource s = sources.stream().filter(x -> x.name().equals(source)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("No such document source"));
        DocumentSource.File file = s.openPersonal(key);
        audit.record("DOCUMENT_DOWNLOADED", "account", Long.toString(me.accountId()), source + " " + key);
        return file;
    }

    /** The Documents page is a party's (or their representative's): casework reads documents on its own pages. */
    private AccessService.Decision requireParty(long caseId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.VIEW);
        if (who.asCaseworker()) {
            throw new AccessDeniedException("Casework uses the casework pages");
        }
        return who;
    }
}
