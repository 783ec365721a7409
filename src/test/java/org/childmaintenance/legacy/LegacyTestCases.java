package org.childmaintenance.legacy;

import java.time.Clock;
import java.time.LocalDate;
import org.childmaintenance.cases.CaseFixtures;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Old-scheme cases for tests in other packages (pages, browser journeys), made through the services. */
@Component
public class LegacyTestCases {
    private final LegacyImport imports;
    private final ClosureProgramme programme;
    private final LegacyCases legacyCases;
    private final CaseFixtures fx;
    private final Clock clock;

    LegacyTestCases(LegacyImport imports, ClosureProgramme programme, LegacyCases legacyCases, CaseFixtures fx, Clock clock) {
        this.imports = imports;
        this.programme = programme;
        this.legacyCases = legacyCases;
        this.fx = fx;
        this.clock = clock;
    }

    /** A case imported by casework between these two e-mail addresses (either may be ""), ending on {@code end} (or not yet). */
    public String closing(String payingEmail, String receivingEmail, String weekly, String arrears, LocalDate end) {
        String reference = LegacyRows.reference();
        fx.signInCaseworker();
        try {
            var report = imports.importCases("test.csv", LegacyRows.file(LegacyRows.row(reference, "Pat Payer", "1984-02-03",
                    payingEmail, "Rae Receiver", "1986-07-08", receivingEmail, "Jamie Payer|" + LocalDate.now(clock).minusYears(7),
                    weekly, "COLLECTION", arrears, "no", "no")));
            if (!report.imported()) {
                throw new IllegalStateException("not imported: " + report.problems());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        if (end != null) {
            programme.setEndDateAsSystem(reference, end);
        }
        return reference;
    }

    /** The id of the signed-in parent's case with this reference (found by their e-mail). */
    public long idFor(String reference) {
        return legacyCases.mine().stream().filter(c -> c.legacyReference().equals(reference)).findFirst().orElseThrow().id();
    }
}
