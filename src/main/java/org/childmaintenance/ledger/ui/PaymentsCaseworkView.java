package org.childmaintenance.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerService;
import org.childmaintenance.ledger.LedgerService.ImportMode;
import org.childmaintenance.ledger.LedgerViews.ImportReport;
import org.childmaintenance.ledger.LedgerViews.ImportRow;
import org.childmaintenance.ledger.LedgerViews.MissedReportView;

/**
 * Casework: import Collect & Pay payments from a bank file (each row checked; a file with errors
 * posts nothing unless the caseworker chooses to post the valid rows) and the queue of Direct Pay
 * missed-payment reports.
 */
@Route(value = "casework/payments", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class PaymentsCaseworkView extends PortalPage {
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    private final LedgerService ledger;
    private final LedgerQueries queries;
    private final Div report = new Div();
    private String fileName;
    private String content;

    public PaymentsCaseworkView(LedgerService ledger, LedgerQueries queries) {
        this.ledger = ledger;
        this.queries = queries;
        heading(getTranslation("ledger.casework.title"));
        add(new H2(getTranslation("ledger.import.heading")));
        paragraph(getTranslation("ledger.import.lead"));
        paragraph(getTranslation("ledger.import.format"));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> received(metadata.fileName(), data)));
        upload.setId("payments-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        report.setId("import-report");
        add(upload, report);
        missedReports();
    }

    /** A file arrived: check it; nothing is posted if any row is wrong (the report offers to post the valid rows). */
    void received(String name, byte[] data) {
        fileName = name;
        content = new String(data, StandardCharsets.UTF_8);
        run(ImportMode.ALL_OR_NOTHING);
    }

    private void run(ImportMode mode) {
        report.removeAll();
        try {
            show(ledger.importPayments(fileName, content, mode));
        } catch (UserFacingException e) {
            Paragraph error = new Paragraph(getTranslation(e.getMessage()));
            error.addClassName("error-message");
            error.getElement().setAttribute("role", "alert");
            report.add(error);
        }
    }

    private void show(ImportReport r) {
        H2 title = new H2(getTranslation(r.applied() ? "ledger.import.done" : "ledger.import.notApplied"));
        title.setId("import-report-title");
        report.add(title);
        report.getElement().setAttribute("role", "region");
        report.getElement().setAttribute("aria-labelledby", "import-report-title");
        SummaryList counts = new SummaryList();
        counts.row(getTranslation("ledger.import.accepted"), Integer.toString(r.accepted()), null);
        counts.row(getTranslation("ledger.import.duplicates"), Integer.toString(r.duplicates()), null);
        counts.row(getTranslation("ledger.import.rejected"), Integer.toString(r.rejected()), null);
        if (!r.applied()) {
            counts.row(getTranslation("ledger.import.valid"), Integer.toString(r.valid()), null);
        }
        report.add(counts);
        if (!r.applied()) {
            report.add(new Paragraph(getTranslation("ledger.import.notAppliedLead")));
            if (r.valid() > 0) {
                Button apply = Forms.primary("apply-valid-rows", getTranslation("ledger.import.applyValid", r.valid()),
                        e -> run(ImportMode.VALID_ROWS));
                report.add(apply);
            }
        }
        DataTable table = new DataTable(getTranslation("ledger.import.caption"), getTranslation("ledger.import.line"),
                getTranslation("ledger.import.date"), getTranslation("ledger.import.case"), getTranslation("ledger.import.amount"),
                getTranslation("ledger.import.reference"), getTranslation("ledger.import.outcome"));
        table.setId("import-rows");
        for (ImportRow row : r.rows()) {
            String outcome = getTranslation("ledger.import.outcome." + row.outcome().name());
            if (row.reasonKey() != null) {
                outcome = outcome + ": " + getTranslation(row.reasonKey());
            }
            table.rowOf(Integer.toString(row.line()), row.date(), row.caseReference(), row.amount(), row.reference(),
                    LedgerUi.tag(outcome, switch (row.outcome()) {
                        case ACCEPTED -> "green";
                        case VALID -> "blue";
                        case DUPLICATE -> "grey";
                        case REJECTED -> "red";
                    }));
        }
        report.add(table);
    }

    private void missedReports() {
        add(new H2(getTranslation("ledger.missed.heading")));
        var reports = queries.missedPaymentReports(100);
        if (reports.isEmpty()) {
            paragraph(getTranslation("ledger.missed.none"));
            return;
        }
        DataTable table = new DataTable(getTranslation("ledger.missed.caption"), getTranslation("ledger.missed.case"),
                getTranslation("ledger.schedule.due"), getTranslation("ledger.schedule.amount"),
                getTranslation("ledger.missed.reported"), getTranslation("ledger.summary.service"));
        table.setId("missed-reports");
        table.numeric(2);
        for (MissedReportView m : reports) {
            RouterLink link = new RouterLink(m.caseReference(), CasePaymentsView.class,
                    new RouteParameters(CasePaymentsView.CASE_ID, Long.toString(m.caseId())));
            table.rowOf(link, LedgerUi.date(m.dueDate()), MoneyText.format(m.amount()), LedgerUi.date(m.reportedOn()),
                    getTranslation("ledger.service." + m.serviceType().name()));
        }
        add(table);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("ledger.casework.title");
    }
}
