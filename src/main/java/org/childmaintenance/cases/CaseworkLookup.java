package org.childmaintenance.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.cases.CaseService.ChildView;
import org.childmaintenance.cases.CaseService.DecisionView;
import org.childmaintenance.cases.CaseService.DocumentInfo;
import org.childmaintenance.cases.CaseService.InstalmentView;
import org.childmaintenance.cases.CaseService.TimelineItem;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework's read side of cases: finding a case by reference, a parent's name, e-mail, NI number or
 * employer, and everything about one case for the casework desk (both parties, safety flags included).
 */
@Service
@PreAuthorize("hasRole('CASEWORKER')")
public class CaseworkLookup {
    /** A search hit: only what a caseworker needs to pick the right case. */
    public record Found(long caseId, String reference, CaseStatus status, String receivingName, String payingName) {
    }

    /** One party as casework sees it; {@code safetyFlag} means their address and contact details must be protected. */
    public record PartyView(PartyRole role, String name, @Nullable Long accountId, @Nullable String email,
                            @Nullable String phone, @Nullable String address, @Nullable String postcode,
                            @Nullable String niNumber, @Nullable String employer, boolean safetyFlag) {
    }

    /** Everything cases holds about a case, for the casework case page. */
    public record CaseFile(long id, String reference, CaseStatus status, ServiceType serviceType, Instant createdAt,
                           @Nullable PaymentFrequency paymentFrequency, @Nullable LocalDate reviewDate,
                           List<PartyView> parties, List<ChildView> children, List<DecisionView> decisions,
                           List<InstalmentView> schedule, List<DocumentInfo> documents, List<TimelineItem> timeline) {
        public boolean anyoneFlagged() {
            return parties.stream().anyMatch(PartyView::safetyFlag);
        }
    }

    private final CaseRepository cases;
    private final PartyRepository parties;
    private final ChildRepository children;
    private final DecisionRepository decisions;
    private final InstalmentRepository instalments;
    private final DocumentRepository documents;
    private final TimelineRepository timeline;
    private final CaseSearchQueries search;
    private final CaseSupport support;
    private final AccessService access;
    private final AuditService audit;

    CaseworkLookup(CaseRepository cases, PartyRepository parties, ChildRepository children, DecisionRepository decisions,
                   InstalmentRepository instalments, DocumentRepository documents, TimelineRepository timeline,
                   CaseSearchQueries search, CaseSupport support, AccessService access, AuditService audit) {
        this.cases = cases;
        this.parties = parties;
        this.children = children;
        this.decisions = decisions;
        this.instalments = instalments;
        this.documents = documents;
        this.timeline = timeline;
        this.search = search;
        this.support = support;
        this.access = access;
        this.audit = audit;
    }

    /** Cases whose reference, or a party's name, e-mail, NI number or employer, contains the words (at most 50). */
    @Transactional(readOnly = true)
    public List<Found> search(String term) {
        String t = term == null ? "" : term.strip().toLowerCase(Locale.UK);
        if (t.length() < 2) {
            return List.of();
        }
        String like = "%" + t.replace("%", "").replace("_", "") + "%";
        String ni = "%" + t.replace(" ", "").replace("%", "") + "%";
        Set<Long> ids = new LinkedHashSet<>(search.casesByReference(like));
        ids.addAll(search.casesByParty(like, ni));
        return found(ids.stream().limit(50).toList());
    }

    /** The cases with these references (for searches other features answer, e.g. by an employer's name). */
    @Transactional(readOnly = true)
    public List<Found> byReferences(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return found(search.casesWithReferences(references));
    }

    private List<Found> found(List<Long> ids) {
        List<Found> out = new ArrayList<>();
        for (MaintenanceCase c : cases.findAllById(ids)) {
            Map<PartyRole, String> names = new java.util.EnumMap<>(PartyRole.class);
            parties.findByCaseId(c.id()).forEach(p -> names.put(p.role(), p.fullName()));
            out.add(new Found(c.id(), c.reference(), c.status(), names.getOrDefault(PartyRole.RECEIVING, ""),
                    names.getOrDefault(PartyRole.PAYING, "")));
        }
        out.sort(java.util.Comparator.comparing(Found::reference));
        return out;
    }

    /** Everything about one case. Opening the file of a case with a safety-flagged person is audited as such. */
    @Transactional
    public Optional<CaseFile> caseFile(long caseId) {
        Optional<MaintenanceCase> found = cases.findById(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        MaintenanceCase c = found.get();
        List<PartyView> people = parties.findByCaseId(caseId).stream()
                .sorted(java.util.Comparator.comparing(Party::role))
                .map(p -> new PartyView(p.role(), p.fullName(), p.accountId(), p.email(), p.phone(), p.address(),
                        p.postcode(), p.niNumber(), p.employer(), p.safetyFlag()))
                .toList();
        List<DocumentInfo> docs = new ArrayList<>();
        for (PartyRole role : PartyRole.values()) {
            documents.findByCaseIdAndAudienceOrderByCreatedAtDescIdDesc(caseId, role).stream().map(support::info).forEach(docs::add);
        }
        CaseFile file = new CaseFile(c.id(), c.reference(), c.status(), c.serviceType(), c.createdAt(), c.paymentFrequency(),
                c.reviewDate(), people,
                children.findByCaseIdOrderByPosition(caseId).stream().map(CaseSupport::view).toList(),
                decisions.findByCaseIdOrderByEffectiveDateDescIdDesc(caseId).stream().map(support::view).toList(),
                instalments.findByCaseIdAndSupersededFalseOrderByDueDateAscIdAsc(caseId).stream().map(CaseSupport::view).toList(),
                docs,
                timeline.findByCaseIdOrderByCreatedAtDescIdDesc(caseId).stream()
                        .map(t -> new TimelineItem(t.createdAt(), t.message())).toList());
        if (file.anyoneFlagged()) {
            audit.record("CASEWORK_FLAGGED_RECORD_VIEWED", "case", Long.toString(caseId),
                    "safety-flagged person's record opened");
        }
        return Optional.of(file);
    }

    /** The case's latest decision (for enforcement limits), if any. */
    @Transactional(readOnly = true)
    public Optional<DecisionView> latestDecision(long caseId) {
        access.requireCaseAccess(caseId, CaseAction.VIEW);
        return decisions.findFirstByCaseIdOrderByEffectiveDateDescIdDesc(caseId).map(support::view);
    }

    /** Whether there is a case with this id. */
    @Transactional(readOnly = true)
    public boolean exists(long caseId) {
        return cases.existsById(caseId);
    }

    /** The id of the case with this reference, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> caseIdOf(String reference) {
        List<Long> ids = search.casesWithReferences(List.of(reference.strip().toUpperCase(Locale.UK)));
        return ids.stream().findFirst();
    }
}
