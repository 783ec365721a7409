package org.childmaintenance.legacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.ledger.LegacyArrearsLedger;
import org.childmaintenance.ledger.LegacyArrearsLedger.ReportRow;

/** Casework's report of old-scheme arrears in the ledger: per case, moved in, paid and still owed; also as CSV. */
@Route(value = "casework/old-scheme/arrears", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class LegacyArrearsReportView extends PortalPage {
    public LegacyArrearsReportView(LegacyArrearsLedger ledger) {
        addClassName("page--wide");
        RouterLink back = new RouterLink(getTranslation("legacy.import.back"), ClosureProgrammeView.class);
        back.addClassName("back-link");
        add(back);
        heading(getTranslation("legacy.report.title"));
        paragraph(getTranslation("legacy.report.lead"));
        List<ReportRow> rows = ledger.report();
        BigDecimal moved = rows.stream().map(ReportRow::movedIn).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = rows.stream().map(ReportRow::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal owed = rows.stream().map(ReportRow::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
        SummaryList totals = new SummaryList();
        totals.setId("report-totals");
        totals.row(getTranslation("legacy.report.cases"), Integer.toString(rows.size()), null);
        totals.row(getTranslation("legacy.report.movedIn"), MoneyText.format(moved), null);
        totals.row(getTranslation("legacy.report.paid"), MoneyText.format(paid), null);
        totals.row(getTranslation("legacy.report.outstanding"), MoneyText.format(owed), null);
        add(totals);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(csv(ledger.report()).getBytes(StandardCharsets.UTF_8)), "old-scheme-arrears.csv",
                "text/csv; charset=UTF-8", -1)), getTranslation("legacy.report.csv"));
        csv.setId("report-csv");
        add(new Paragraph(csv));
        if (rows.isEmpty()) {
            paragraph(getTranslation("legacy.report.none"));
            return;
        }
        DataTable table = new DataTable(getTranslation("legacy.report.caption"), getTranslation("legacy.report.case"),
                getTranslation("legacy.report.oldCase"), getTranslation("legacy.report.date"),
                getTranslation("legacy.report.movedIn"), getTranslation("legacy.report.paid"),
                getTranslation("legacy.report.outstanding"));
        table.setId("legacy-arrears-report");
        table.numeric(3, 4, 5);
        rows.forEach(r -> table.row(r.caseReference(), String.join(", ", r.legacyReferences()), LegacyUi.date(r.movedInOn()),
                MoneyText.format(r.movedIn()), MoneyText.format(r.paid()), MoneyText.format(r.outstanding())));
        add(table);
    }

    /** The report as CSV (amounts as plain numbers, so a spreadsheet can add them up). */
    static String csv(List<ReportRow> rows) {
        StringBuilder b = new StringBuilder("case_reference,legacy_references,moved_in_on,moved_in,paid,outstanding\n");
        for (ReportRow r : rows) {
            b.append(r.caseReference()).append(',').append('"').append(String.join(" ", r.legacyReferences())).append('"')
                    .append(',').append(r.movedInOn()).append(',').append(r.movedIn().toPlainString()).append(',')
                    .append(r.paid().toPlainString()).append(',').append(r.outstanding().toPlainString()).append('\n');
        }
        return b.toString();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("legacy.report.title");
    }
}
