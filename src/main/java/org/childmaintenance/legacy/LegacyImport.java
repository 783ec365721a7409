package org.childmaintenance.legacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.legacy.LegacyTypes.Role;
import org.childmaintenance.legacy.LegacyTypes.Segment;
import org.childmaintenance.legacy.LegacyViews.ImportReport;
import org.childmaintenance.legacy.LegacyViews.RowProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Casework imports old-scheme cases from a file (docs/legacy-case-import.md). Every row is checked and
 * every problem reported with its line and column; a case already imported (same legacy reference) or
 * the same reference twice in the file is refused. All or nothing: a file with any problem imports no
 * case. Each imported case gets its closure segment from its row.
 */
@Service
public class LegacyImport {
    /** The file's columns, as documented (docs/legacy-case-import.md); a file may have them in any order. */
    public static final List<String> COLUMNS = LegacyCsv.COLUMNS;
    /** Columns that may be left out or empty. */
    public static final java.util.Set<String> OPTIONAL_COLUMNS = LegacyCsv.OPTIONAL;

    private final LegacyCaseRepository cases;
    private final LegacyPartyRepository parties;
    private final LegacyChildRepository children;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    LegacyImport(LegacyCaseRepository cases, LegacyPartyRepository parties, LegacyChildRepository children,
                 CurrentUser currentUser, AuditService audit, Clock clock) {
        this.cases = cases;
        this.parties = parties;
        this.children = children;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks the file and, if every row is right, imports every case; otherwise imports nothing. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public ImportReport importCases(String fileName, String content) {
        return importAs(fileName, content, currentUser.get().map(PortalUser::accountId).orElse(null));
    }

    /** As {@link #importCases}, for the demo data (no one signed in). */
    @Transactional
    ImportReport importAs(String fileName, String content, Long by) {
        LegacyCsv.Parsed parsed = LegacyCsv.parse(content, LocalDate.now(clock));
        List<RowProblem> problems = new ArrayList<>(parsed.problems());
        if (parsed.rowCount() == 0 && problems.isEmpty()) {
            problems.add(new RowProblem(1, "", "legacy.import.problem.empty", List.of()));
        }
        Set<String> existing = new HashSet<>();
        List<String> references = parsed.rows().stream().map(LegacyCsv.Row::reference).toList();
        for (int i = 0; i < references.size(); i += 500) {
            existing.addAll(cases.findExistingReferences(references.subList(i, Math.min(references.size(), i + 500))));
        }
        for (LegacyCsv.Row r : parsed.rows()) {
            if (existing.contains(r.reference())) {
                problems.add(new RowProblem(r.line(), LegacyCsv.REFERENCE, "legacy.import.problem.alreadyImported",
                        List.of(r.reference())));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::line));
        Map<Segment, Integer> bySegment = new EnumMap<>(Segment.class);
        parsed.rows().forEach(r -> bySegment.merge(Segment.of(r.weeklyAmount(), r.method(), r.clerical(), r.enforcement()),
                1, Integer::sum));
        String name = fileName == null || fileName.isBlank() ? "cases.csv" : fileName.strip();
        name = name.length() > 200 ? name.substring(0, 200) : name;
        if (!problems.isEmpty()) {
            audit.record("LEGACY_IMPORT_REFUSED", "file", name, problems.size() + " problems in " + parsed.rowCount() + " rows");
            return new ImportReport(name, parsed.rowCount(), false, List.copyOf(problems), bySegment);
        }
        for (LegacyCsv.Row r : parsed.rows()) {
            LegacyCase c = cases.save(new LegacyCase(r.reference(), r.scheme(), r.weeklyAmount(), r.method(), r.arrears(),
                    r.enforcement(), r.clerical(), clock.instant(), by, name));
            parties.save(new LegacyParty(c.id, Role.PAYING, r.paying().name(), r.paying().dateOfBirth(), r.paying().email(),
                    r.paying().language()));
            parties.save(new LegacyParty(c.id, Role.RECEIVING, r.receiving().name(), r.receiving().dateOfBirth(),
                    r.receiving().email(), r.receiving().language()));
            int position = 0;
            for (LegacyCsv.Child k : r.children()) {
                children.save(new LegacyChild(c.id, position++, k.name(), k.dateOfBirth()));
            }
        }
        audit.record("LEGACY_CASES_IMPORTED", "file", name, parsed.rows().size() + " cases " + bySegment);
        return new ImportReport(name, parsed.rowCount(), true, List.of(), bySegment);
    }
}
