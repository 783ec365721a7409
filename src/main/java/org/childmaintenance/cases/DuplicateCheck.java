package org.childmaintenance.cases;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childmaintenance.base.Language;
import org.childmaintenance.base.Texts;
import org.childmaintenance.cases.CaseService.DuplicateApplicationException;
import org.childmaintenance.identity.PortalUser;
import org.springframework.stereotype.Component;

/**
 * Duplicate applications (LC-2.2, LC-17.6) without telling a stranger that a case exists: a child
 * with the same name and date of birth only counts when a parent matches too. The applicant who is
 * already on that case is told (they know it); otherwise the application is taken and a caseworker
 * checks it, and nothing on the applicant's side differs from any other application.
 */
@Component
class DuplicateCheck {
    private final ChildRepository children;
    private final PartyRepository parties;
    private final CaseRepository cases;
    private final ChangeRepository changes;
    private final Clock clock;

    DuplicateCheck(ChildRepository children, PartyRepository parties, CaseRepository cases, ChangeRepository changes,
                   Clock clock) {
        this.children = children;
        this.parties = parties;
        this.cases = cases;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Open cases that may be this family's: a child in common and a parent in common (the applicant's or
     * the other parent's name). Throws when the applicant is already a party to such a case.
     */
    List<MaintenanceCase> possibleDuplicates(PortalUser me, ApplicationDraft d) {
        Set<String> parentNames = Set.of(Formats.nameKey(me.fullName()),
                d.getOtherName() == null ? "" : Formats.nameKey(d.getOtherName()));
        Map<Long, MaintenanceCase> found = new LinkedHashMap<>();
        for (ApplicationDraft.ChildDraft k : d.getChildren()) {
            for (CaseChild match : children.findOpen(Formats.nameKey(k.getName()), k.getDateOfBirth(), CaseStatus.CLOSED)) {
                List<Party> onCase = parties.findByCaseId(match.caseId());
                if (onCase.stream().anyMatch(p -> p.accountId() != null && p.accountId() == me.accountId())) {
                    throw new DuplicateApplicationException(k.getName().trim());
                }
                if (onCase.stream().anyMatch(p -> parentNames.contains(Formats.nameKey(p.fullName())))) {
                    cases.findById(match.caseId()).ifPresent(c -> found.put(c.id(), c));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** A casework queue entry on the new case naming the cases it may duplicate. */
    void routeToCasework(MaintenanceCase created, List<MaintenanceCase> duplicates) {
        String refs = String.join(", ", duplicates.stream().map(MaintenanceCase::reference).toList());
        changes.save(new ChangeRecord(created.id(), ChangeKind.CHILD_ADDED, null, null, clock.instant(), null,
                Texts.t(Language.ENGLISH, "casework.duplicate.note", refs), ChangeRecord.Outcome.DUPLICATE_REVIEW, null));
    }
}
