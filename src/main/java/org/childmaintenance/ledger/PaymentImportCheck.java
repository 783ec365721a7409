package org.childmaintenance.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.ledger.LedgerStore.CaseRecord;
import org.childmaintenance.ledger.LedgerViews.ImportReport;
import org.childmaintenance.ledger.LedgerViews.ImportRow;
import org.childmaintenance.ledger.LedgerViews.RowOutcome;

/**
 * Checks each row of a bank file against the ledger before anything is posted: the case exists and
 * is on Collect & Pay, the reference is new (in the file and in the ledger). Every row comes out
 * VALID, DUPLICATE or REJECTED with its line number and reason.
 */
final class PaymentImportCheck {
    private PaymentImportCheck() {
    }

    /** The parsed file with each row's outcome; {@code rows} and {@code checked} line up. */
    record Checked(List<PaymentCsv.Row> rows, List<ImportRow> checked, Map<String, CaseRecord> cases) {
        int rejected() {
            return (int) checked.stream().filter(r -> r.outcome() == RowOutcome.REJECTED).count();
        }
    }

    static Checked check(String content, LedgerStore store) {
        List<PaymentCsv.Row> parsed = PaymentCsv.parse(content);
        Map<String, CaseRecord> cases = store.findCasesByReference(parsed.stream()
                .filter(PaymentCsv.Row::valid).map(PaymentCsv.Row::caseReference).distinct().toList());
        Set<String> seen = new HashSet<>();
        List<ImportRow> checked = new ArrayList<>();
        for (PaymentCsv.Row r : parsed) {
            String problem = r.problemKey();
            CaseRecord c = cases.get(r.caseReference());
            if (problem == null && c == null) {
                problem = "ledger.import.reason.noCase";
            } else if (problem == null && c.serviceType() != ServiceType.COLLECT_AND_PAY) {
                problem = "ledger.import.reason.directPay";
            } else if (problem == null && !seen.add(r.reference())) {
                problem = "ledger.import.reason.repeated";
            }
            RowOutcome outcome = problem != null ? RowOutcome.REJECTED
                    : store.transactionIdByKey(PostingRules.paymentKey(r.reference())).isPresent()
                    ? RowOutcome.DUPLICATE : RowOutcome.VALID;
            checked.add(new ImportRow(r.line(), r.rawDate(), r.caseReference(), r.rawAmount(), r.reference(), outcome,
                    problem));
        }
        return new Checked(parsed, checked, cases);
    }

    static ImportReport report(List<ImportRow> rows, boolean applied) {
        return new ImportReport(List.copyOf(rows), count(rows, RowOutcome.ACCEPTED), count(rows, RowOutcome.DUPLICATE),
                count(rows, RowOutcome.REJECTED), applied);
    }

    private static int count(List<ImportRow> rows, RowOutcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
