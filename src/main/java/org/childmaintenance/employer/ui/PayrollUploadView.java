package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.employer.PayrollUploadService;
import org.childmaintenance.employer.PayrollUploadService.ApplyMode;
import org.childmaintenance.employer.PayrollUploadService.UploadReport;
import org.childmaintenance.employer.PayrollUploadService.UploadRow;
import org.childmaintenance.identity.Roles;

/**
 * Upload a pay run as CSV: every row checked against the employee's order, a report of accepted
 * and rejected rows, and nothing applied until the employer chooses all valid rows or all-or-nothing.
 */
@Route(value = "employer/upload", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER)
public class PayrollUploadView extends PortalPage {
    static final int SHOWN_ROWS = 500;
    private final PayrollUploadService uploads;
    private final Div report = new Div();
    private final RadioButtonGroup<ApplyMode> mode;
    private byte[] file;

    public PayrollUploadView(PayrollUploadService uploads) {
        this.uploads = uploads;
        heading(getTranslation("employer.upload.title"));
        paragraph(getTranslation("employer.upload.lead"));
        paragraph(getTranslation("employer.upload.format", PayrollUploadService.HEADER));
        Anchor template = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = PayrollUploadService.template();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "pay-run-template.csv", "text/csv", bytes.length);
        }), getTranslation("employer.upload.template"));
        template.setId("template");
        add(new Paragraph(template));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> received(data)));
        upload.setId("payroll-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PayrollUploadService.MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.addFileRejectedListener(e -> error(getTranslation("employer.upload.error.tooBig")));
        mode = Forms.radios("apply-mode", getTranslation("employer.upload.modeLabel"), null,
                List.of(ApplyMode.VALID_ROWS, ApplyMode.ALL_OR_NOTHING), m -> getTranslation("employer.upload.mode." + m.name()));
        report.setId("upload-report");
        add(upload, report);
    }

    void received(byte[] data) {
        file = data;
        report.removeAll();
        try {
            show(uploads.check(data));
        } catch (UserFacingException e) {
            error(getTranslation(e.getMessage()));
        }
    }

    private void apply() {
        if (mode.getValue() == null) {
            mode.setInvalid(true);
            mode.setErrorMessage(getTranslation("employer.upload.error.mode"));
            return;
        }
        try {
            UploadReport r = uploads.apply(file, mode.getValue());
            report.removeAll();
            show(r);
        } catch (UserFacingException e) {
            error(getTranslation(e.getMessage()));
        }
    }

    private void error(String message) {
        report.removeAll();
        Paragraph p = new Paragraph(message);
        p.setId("upload-error");
        p.addClassName("error-message");
        p.getElement().setAttribute("role", "alert");
        report.add(p);
    }

    private void show(UploadReport r) {
        H2 title = new H2(getTranslation(r.applied() ? "employer.upload.applied"
                : r.rows().isEmpty() ? "employer.upload.checked" : "employer.upload.checked"));
        title.setId("upload-report-title");
        report.add(title);
        EmployerUi.focusHeading(title);
        if (r.applied()) {
            report.add(EmployerUi.banner("upload-banner", getTranslation("employer.upload.appliedRows", r.appliedRows())));
        } else if (file != null && r.valid() > 0) {
            report.add(new Paragraph(getTranslation("employer.upload.notYet")));
        }
        SummaryList counts = new SummaryList();
        counts.setId("upload-counts");
        counts.row(getTranslation("employer.upload.valid"), Integer.toString(r.valid()), null);
        counts.row(getTranslation("employer.upload.rejected"), Integer.toString(r.rejected()), null);
        report.add(counts);
        if (!r.applied() && r.valid() > 0) {
            mode.setValue(null);
            report.add(mode, Forms.primary("apply-upload", getTranslation("employer.upload.apply"), e -> apply()));
        }
        if (!r.applied() && r.rejected() > 0) {
            report.add(new Paragraph(getTranslation("employer.upload.rejectedLead")));
        }
        DataTable table = new DataTable(getTranslation("employer.upload.caption"), getTranslation("employer.upload.line"),
                getTranslation("employer.order.payroll"), getTranslation("employer.deduction.payDate"),
                getTranslation("employer.deduction.net"), getTranslation("employer.upload.taken"),
                getTranslation("employer.upload.outcome"));
        table.setId("upload-rows");
        // rejected rows first, so they are seen even in a long file
        List<UploadRow> rows = java.util.stream.Stream.concat(r.rows().stream().filter(x -> !x.valid()),
                r.rows().stream().filter(UploadRow::valid)).limit(SHOWN_ROWS).toList();
        for (UploadRow row : rows) {
            table.rowOf(Integer.toString(row.line()), row.payrollNumber(), row.payDate(), row.netEarnings(),
                    row.deductionTaken(), row.valid()
                            ? EmployerUi.tag(getTranslation(r.applied() ? "employer.upload.rowApplied" : "employer.upload.rowValid"), "green")
                            : EmployerUi.tag(getTranslation("employer.upload.rowRejected") + ": "
                                    + getTranslation(row.reasonKey()), "red"));
        }
        report.add(table);
        if (r.rows().size() > SHOWN_ROWS) {
            report.add(new Paragraph(getTranslation("employer.upload.more", r.rows().size() - SHOWN_ROWS)));
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("employer.upload.title");
    }
}
