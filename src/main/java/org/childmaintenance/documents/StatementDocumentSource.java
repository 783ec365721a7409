package org.childmaintenance.documents;

import static org.childmaintenance.base.Texts.t;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.audit.AuditRecord;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerViews.CasePayments;
import org.childmaintenance.ledger.LedgerViews.Statement;
import org.childmaintenance.ledger.StatementDocuments;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.childmaintenance.base.DisplayFormats;

/**
 * Payment statements: one for the whole case to date, and each statement the person generated on
 * the Payments page (the ledger keeps no statement files: it audits each one, and a statement is
 * drawn again from the append-only ledger for the same dates).
 */
@Component
class StatementDocumentSource implements DocumentSource {
    private static final String TO_DATE = "to-date";
    private final LedgerQueries ledger;
    private final AuditService audit;
    private final java.time.Clock clock;

    StatementDocumentSource(LedgerQueries ledger, AuditService audit, java.time.Clock clock) {
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public List<Entry> documents(long caseId) {
        CasePayments p = ledger.casePayments(caseId);
        List<Entry> out = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (!p.rows().isEmpty()) {
            out.add(new Entry(TO_DATE, t("documents.statement.toDate", DisplayFormats.date(today)), clock.instant(), "application/pdf"));
        }
        Map<String, Instant> generated = new LinkedHashMap<>();
        for (AuditRecord r : audit.myRecentActivity(500)) {
            if ("LEDGER_STATEMENT".equals(r.action()) && Long.toString(caseId).equals(r.subjectId()) && r.detail() != null) {
                String key = r.detail().replace("..", "_");
                if (period(key) != null) {
                    generated.putIfAbsent(key, r.occurredAt());
                }
            }
        }
        generated.forEach((key, at) -> {
            LocalDate[] d = period(key);
            out.add(new Entry(key, t("documents.statement.period", DisplayFormats.date(d[0]), DisplayFormats.date(d[1])), at, "application/pdf"));
        });
        return out;
    }

    @Override
    public File open(long caseId, String key) {
        LocalDate[] d;
        if (TO_DATE.equals(key)) {
            CasePayments p = ledger.casePayments(caseId);
            LocalDate first = p.rows().isEmpty() ? LocalDate.now(clock) : p.rows().getFirst().dueDate();
            d = new LocalDate[] {first, LocalDate.now(clock)};
        } else {
            d = period(key);
            if (d == null) {
                throw new AccessDeniedException("No such statement");
            }
        }
        Statement s = ledger.statement(caseId, d[0], d[1]);
        return new File(StatementDocuments.fileName(s, "pdf"), "application/pdf", StatementDocuments.pdf(s));
    }

    /** "2026-01-01_2026-03-31" as two dates, or null. */
    private static LocalDate[] period(String key) {
        String[] parts = key.split("_");
        if (parts.length != 2) {
            return null;
        }
        try {
            LocalDate from = LocalDate.parse(parts[0]);
            LocalDate to = LocalDate.parse(parts[1]);
            return to.isBefore(from) ? null : new LocalDate[] {from, to};
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
