package org.childmaintenance.legacy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.legacy.LegacyImport;
import org.childmaintenance.legacy.LegacyTypes.Segment;
import org.childmaintenance.legacy.LegacyViews.ImportReport;
import org.childmaintenance.legacy.LegacyViews.RowProblem;

/**
 * Casework imports old-scheme cases from a CSV file: the columns it must have (also in
 * docs/legacy-case-import.md), the upload, and the report — every problem with its line and column;
 * a file with any problem imports nothing.
 */
@Route(value = "casework/old-scheme/import", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class LegacyImportView extends PortalPage {
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    private final LegacyImport imports;
    private final Div report = new Div();

    public LegacyImportView(LegacyImport imports) {
        this.imports = imports;
        addClassName("page--wide");
        RouterLink back = new RouterLink(getTranslation("legacy.import.back"), ClosureProgrammeView.class);
        back.addClassName("back-link");
        add(back);
        heading(getTranslation("legacy.import.title"));
        paragraph(getTranslation("legacy.import.lead"));
        add(new H2(getTranslation("legacy.import.columns")));
        paragraph(getTranslation("legacy.import.columnsLead"));
        DataTable columns = new DataTable(getTranslation("legacy.import.columnsCaption"), getTranslation("legacy.import.col.name"),
                getTranslation("legacy.import.col.holds"), getTranslation("legacy.import.col.example"),
                getTranslation("legacy.import.col.required"));
        columns.setId("import-columns");
        for (String c : LegacyImport.COLUMNS) {
            columns.row(c, getTranslation("legacy.import.column." + c), getTranslation("legacy.import.example." + c),
                    getTranslation(LegacyImport.OPTIONAL_COLUMNS.contains(c) ? "legacy.import.optional" : "legacy.import.required"));
        }
        add(columns);
        paragraph(getTranslation("legacy.import.segments"));
        add(new H2(getTranslation("legacy.import.upload")));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> received(metadata.fileName(), data)));
        upload.setId("legacy-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        report.setId("import-report");
        add(upload, report);
    }

    /** A file arrived: check it and import it only if every row is right. */
    void received(String name, byte[] data) {
        report.removeAll();
        try {
            show(imports.importCases(name, new String(data, StandardCharsets.UTF_8)));
        } catch (UserFacingException e) {
            Paragraph error = new Paragraph(getTranslation(e.getMessage()));
            error.addClassName("error-message");
            error.getElement().setAttribute("role", "alert");
            report.add(error);
        }
    }

    private void show(ImportReport r) {
        H2 title = new H2(getTranslation(r.imported() ? "legacy.import.done" : "legacy.import.notDone"));
        title.setId("import-report-title");
        report.getElement().setAttribute("role", "region");
        report.getElement().setAttribute("aria-labelledby", "import-report-title");
        report.add(title);
        SummaryList counts = new SummaryList();
        counts.row(getTranslation("legacy.import.rows"), Integer.toString(r.rows()), null);
        counts.row(getTranslation("legacy.import.problems"), Integer.toString(r.problems().size()), null);
        for (Segment s : Segment.values()) {
            counts.row(getTranslation("legacy.segment." + s.name()), Integer.toString(r.bySegment().getOrDefault(s, 0)), null);
        }
        report.add(counts);
        if (r.imported()) {
            RouterLink next = new RouterLink(getTranslation("legacy.import.next"), ClosureProgrammeView.class);
            next.setId("to-programme");
            report.add(new Paragraph(next));
            return;
        }
        report.add(new Paragraph(getTranslation("legacy.import.notDoneLead")));
        DataTable problems = new DataTable(getTranslation("legacy.import.problemsCaption"), getTranslation("legacy.import.line"),
                getTranslation("legacy.import.column"), getTranslation("legacy.import.what"));
        problems.setId("import-problems");
        for (RowProblem p : r.problems()) {
            problems.row(Integer.toString(p.line()), p.column(), getTranslation(p.messageKey(), p.args().toArray()));
        }
        report.add(problems);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("legacy.import.title");
    }
}
