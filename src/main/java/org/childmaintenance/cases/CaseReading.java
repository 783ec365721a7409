package org.childmaintenance.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.LanguagePreferences;
import org.childmaintenance.base.Texts;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.CaseService.CaseOverview;
import org.childmaintenance.cases.CaseService.CaseSummary;
import org.childmaintenance.cases.CaseService.ChildView;
import org.childmaintenance.cases.CaseService.DecisionView;
import org.childmaintenance.cases.CaseService.DocumentInfo;
import org.childmaintenance.cases.CaseService.InstalmentView;
import org.childmaintenance.cases.CaseService.MyDetails;
import org.childmaintenance.cases.CaseService.Submitted;
import org.childmaintenance.cases.CaseService.TimelineItem;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading a case as one party may see it (LC-6.3, LC-17.6): the parent's cases, "My case", its
 * letters, its children, and checking one answer of a case journey.
 */
@Service
public class CaseReading {
    private final CaseRepository cases;
    private final PartyRepository parties;
    private final ChildRepository children;
    private final DecisionRepository decisions;
    private final InstalmentRepository instalments;
    private final DocumentRepository documents;
    private final TimelineRepository timeline;
    private final CaseParties caseParties;
    private final PayingParentDetails details;
    private final CaseSupport support;
    private final AccessService access;
    private final AuditService audit;
    private final Clock clock;
    private final LanguagePreferences languages;
    /** Audit entries of a read: on the primary in their own transaction, after the read-only one has ended. */
    private final TransactionTemplate auditOnPrimary;
    /** Reads that write an audit entry: read-only (on a replica), the entry written after the read has ended. */
    private final TransactionTemplate readOnly;

    CaseReading(CaseRepository cases, PartyRepository parties, ChildRepository children, DecisionRepository decisions,
                InstalmentRepository instalments, DocumentRepository documents, TimelineRepository timeline,
                CaseParties caseParties, PayingParentDetails details, CaseSupport support, AccessService access,
                AuditService audit, Clock clock, LanguagePreferences languages,
                PlatformTransactionManager transactions) {
        this.auditOnPrimary = new TransactionTemplate(transactions);
        this.auditOnPrimary.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.languages = languages;
        this.cases = cases;
        this.parties = parties;
        this.children = children;
        this.decisions = decisions;
        this.instalments = instalments;
        this.documents = documents;
        this.timeline = timeline;
        this.caseParties = caseParties;
        this.details = details;
        this.support = support;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in parent's cases. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PARENT')")
    public List<CaseSummary> myCases() {
        long me = support.me().accountId();
        List<CaseSummary> out = new ArrayList<>();
        for (Party mine : parties.findByAccountId(me)) {
            MaintenanceCase c = cases.findById(mine.caseId()).orElseThrow();
            Party other = caseParties.partiesOf(c.id()).get(mine.role().other());
            out.add(new CaseSummary(c.id(), c.reference(), c.status(), mine.role(), CaseParties.shownName(other),
                    support.childNames(c.id())));
        }
        out.sort(Comparator.comparing(CaseSummary::id));
        return out;
    }

    /** The confirmation of a sent application, for its applicant. */
    @Transactional(readOnly = true)
    public Submitted sentApplication(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        return new Submitted(c.id(), c.reference());
    }

    /**
     * Everything one party may see of their case (LC-6.3, LC-17.6): status, the decision with how
     * it was worked out, the schedule, the timeline, their documents and their own details. Of
     * the other party only the name (withheld when they have a safety flag).
     */
    public CaseOverview myCase(long caseId) {
        // read on the replica with the `replication` profile (README); the audit entry after it, on the primary
        Audited<CaseOverview> read = readOnly.execute(tx -> readMyCase(caseId));
        read.audit().run();
        return read.value();
    }

    /** What a read returns, and its audit entry to write once the read's transaction has ended. */
    private record Audited<T>(T value, Runnable audit) {
    }

    private Audited<CaseOverview> readMyCase(long caseId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.VIEW);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        Party mine = caseParties.partyOf(c, who);
        Party other = caseParties.partiesOf(caseId).get(mine.role().other());
        // LC-17.6: every view of a flagged person's record by someone else is audited.
        Runnable audit = !other.safetyFlag() ? () -> { } : () -> auditOnPrimary.executeWithoutResult(tx ->
                this.audit.recordOnBehalf("FLAGGED_RECORD_VIEWED", who.onBehalfOf(), "case", Long.toString(caseId),
                        other.role() + " viewed by the other party"));
        List<InstalmentView> schedule = instalments.findByCaseIdAndSupersededFalseOrderByDueDateAscIdAsc(caseId).stream()
                .map(CaseSupport::view).toList();
        LocalDate today = support.today();
        InstalmentView next = schedule.stream().filter(i -> !i.dueDate().isBefore(today)).findFirst().orElse(null);
        DecisionView decision = decisions.findFirstByCaseIdOrderByEffectiveDateDescIdDesc(caseId)
                .map(d -> support.viewFor(d, mine.role())).orElse(null);
        List<TimelineItem> items = timeline.findByCaseIdOrderByCreatedAtDescIdDesc(caseId).stream()
                .filter(t -> t.visibleTo(mine.role())).map(t -> new TimelineItem(t.createdAt(), t.message())).toList();
        List<DocumentInfo> docs = documents.findByCaseIdAndAudienceOrderByCreatedAtDescIdDesc(caseId, mine.role()).stream()
                .map(support::info).toList();
        List<ChildView> kids = children.findByCaseIdOrderByPosition(caseId).stream().map(CaseSupport::view).toList();
        String account = mine.bankAccountNumber();
        MyDetails myDetails = new MyDetails(mine.fullName(), mine.address(), mine.postcode(), mine.phone(), mine.email(),
                mine.employer(), mine.bankAccountName(), mine.bankSortCode(),
                account == null ? null : account.substring(account.length() - 4));
        return new Audited<>(new CaseOverview(c.id(), c.reference(), c.status(), mine.role(), CaseParties.shownName(other),
                kids, c.serviceType(), decision, next, c.paymentFrequency(), schedule, c.reviewDate(), c.detailsDueDate(),
                mine.role() == PartyRole.PAYING && details.canGiveDetails(c), items, docs, myDetails), audit);
    }

    /** A letter from the party's Documents, as a PDF. Viewing is audited (after the read, as in {@link #myCase}). */
    public byte[] documentPdf(long caseId, long documentId) {
        Audited<byte[]> read = readOnly.execute(tx -> readDocumentPdf(caseId, documentId));
        read.audit().run();
        return read.value();
    }

    private Audited<byte[]> readDocumentPdf(long caseId, long documentId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.VIEW);
        MaintenanceCase c = cases.findById(caseId).orElseThrow();
        CaseDocument doc = documents.findById(documentId).filter(d -> d.caseId() == caseId)
                .orElseThrow(() -> new AccessDeniedException("No such document on this case"));
        if (!who.asCaseworker() && caseParties.partyOf(c, who).role() != doc.audience()) {
            throw new AccessDeniedException("Not your document");
        }
        Decision d = decisions.findById(doc.decisionId()).orElseThrow();
        Party reader = caseParties.partiesOf(caseId).get(doc.audience());
        List<InstalmentView> schedule = instalments.findByCaseIdAndSupersededFalseOrderByDueDateAscIdAsc(caseId).stream()
                .filter(i -> i.decisionId() == d.id()).map(CaseSupport::view).toList();
        // In the language its addressee chose, whoever opens it (a caseworker sees what the parent got).
        Language language = reader.accountId() == null ? Texts.language() : languages.forAccount(reader.accountId());
        byte[] pdf = Texts.in(language, () -> Letters.decisionLetter(new Letters.DecisionLetter(c.reference(),
                reader.fullName(), doc.audience(), LocalDate.ofInstant(doc.createdAt(), clock.getZone()),
                support.viewFor(d, doc.audience()), c.paymentFrequency(), schedule, support.childNames(caseId))));
        return new Audited<>(pdf, () -> auditOnPrimary.executeWithoutResult(tx -> audit.recordOnBehalf(
                "CASE_DOCUMENT_VIEWED", who.onBehalfOf(), "case", Long.toString(caseId), "document " + documentId)));
    }

    /** The file name and title of a document (for downloads). */
    @Transactional(readOnly = true)
    public DocumentInfo documentInfo(long caseId, long documentId) {
        AccessService.Decision who = access.requireCaseAccess(caseId, CaseAction.VIEW);
        CaseDocument doc = documents.findById(documentId).filter(d -> d.caseId() == caseId)
                .orElseThrow(() -> new AccessDeniedException("No such document on this case"));
        // Same rule as documentPdf: the other party may not even learn a letter's title or date.
        if (!who.asCaseworker() && caseParties.partyOf(cases.findById(caseId).orElseThrow(), who).role() != doc.audience()) {
            throw new AccessDeniedException("Not your document");
        }
        return support.info(doc);
    }

    /** The children on the case who still qualify, for questions about a child (names and ids only). */
    @Transactional(readOnly = true)
    public List<ChildView> caseChildren(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return support.qualifying(caseId, support.today()).stream().map(CaseSupport::view).toList();
    }

    /** Checks one answer of a case journey: field name and translation key per problem. */
    @Transactional(readOnly = true)
    public List<FieldError> checkAnswer(long caseId, CaseQuestion.Ref question, CaseAnswers answers) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return CaseQuestionRules.errors(question, answers, support.today(), caseParties.directPayAllowed(caseId));
    }
}
