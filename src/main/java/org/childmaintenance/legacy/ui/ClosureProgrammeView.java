package org.childmaintenance.legacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.legacy.ClosureProgramme;
import org.childmaintenance.legacy.LegacyTypes.Segment;
import org.childmaintenance.legacy.LegacyTypes.Stage;
import org.childmaintenance.legacy.LegacyViews.CaseLine;
import org.childmaintenance.legacy.LegacyViews.LetterToPost;
import org.childmaintenance.legacy.LegacyViews.PartyLine;
import org.childmaintenance.legacy.LegacyViews.Programme;

/**
 * Casework: the closure programme — cases per segment and stage, the liability end date set per
 * segment, letters to print and post, arrears still waiting for a new-scheme case, and every case with
 * what each parent chose.
 */
@Route(value = "casework/old-scheme", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class ClosureProgrammeView extends PortalPage {
    private final ClosureProgramme programme;
    private final ErrorSummary summary = new ErrorSummary();
    private final RadioButtonGroup<Segment> segment;
    private final MemorableDateField endDate;
    private final Div body = new Div();
    private final Clock clock;

    public ClosureProgrammeView(ClosureProgramme programme, Clock clock) {
        this.programme = programme;
        this.clock = clock;
        addClassName("page--wide");
        segment = Forms.radios("segment", getTranslation("legacy.programme.segment"), null, List.of(Segment.values()),
                s -> getTranslation("legacy.segment." + s.name()));
        // Day, month and year boxes (UX.md §2), not Vaadin's date picker, whose calendar pop-up fails axe.
        endDate = new MemorableDateField("end-date", getTranslation("legacy.programme.endDate"),
                getTranslation("legacy.programme.endDate.hint", LegacyUi.date(LocalDate.now(clock).plusMonths(6))), false);
        body.setId("programme");
        add(summary);
        heading(getTranslation("legacy.programme.title"));
        RouterLink imports = new RouterLink(getTranslation("legacy.programme.importLink"), LegacyImportView.class);
        imports.setId("import-link");
        RouterLink report = new RouterLink(getTranslation("legacy.programme.reportLink"), LegacyArrearsReportView.class);
        report.setId("arrears-report-link");
        add(new Paragraph(imports), new Paragraph(report), body);
        render(null);
    }

    private void render(String doneMessage) {
        body.removeAll();
        Programme p = programme.programme();
        if (doneMessage != null) {
            body.add(LegacyUi.banner("end-date-banner", getTranslation("legacy.programme.done"), true, LegacyUi.para(doneMessage)));
        }
        body.add(new H2(getTranslation("legacy.programme.counts")));
        List<String> headers = new ArrayList<>(List.of(getTranslation("legacy.programme.segment")));
        for (Stage s : Stage.values()) {
            headers.add(getTranslation("legacy.stage." + s.name()));
        }
        DataTable counts = new DataTable(getTranslation("legacy.programme.countsCaption"), headers.toArray(String[]::new));
        counts.setId("programme-counts");
        for (Segment s : Segment.values()) {
            List<String> row = new ArrayList<>(List.of(getTranslation("legacy.segment." + s.name())));
            for (Stage st : Stage.values()) {
                row.add(Long.toString(p.count(s, st)));
            }
            counts.row(row.toArray(String[]::new));
        }
        body.add(counts);
        body.add(new H2(getTranslation("legacy.programme.setHeading")));
        body.add(new Paragraph(getTranslation("legacy.programme.setLead")));
        Button set = Forms.primary("set-end-date", getTranslation("legacy.programme.setButton"), e -> setEndDate());
        body.add(Forms.group(segment), Forms.group(endDate), set);
        letters(programme.lettersToPost());
        arrears(programme.arrearsWaiting());
        cases(programme.cases());
    }

    private void setEndDate() {
        Forms.clearErrors(segment, endDate);
        summary.clear();
        setShowingErrors(false);
        try {
            int n = programme.setEndDates(segment.getValue(), endDate.getValue());
            render(getTranslation("legacy.programme.doneBody", n, getTranslation("legacy.segment." + segment.getValue().name()),
                    LegacyUi.date(endDate.getValue())));
        } catch (UserFacingException e) {
            Map<String, Component> fields = new LinkedHashMap<>();
            fields.put("segment", segment);
            fields.put("endDate", endDate);
            List<UserFacingException.FieldError> errors = e.fieldErrors().isEmpty()
                    ? List.of(new UserFacingException.FieldError("segment", e.getMessage())) : e.fieldErrors();
            summary.show(errors, fields, segment);
            setShowingErrors(true);
        }
    }

    private void letters(List<LetterToPost> waiting) {
        body.add(new H2(getTranslation("legacy.programme.post", waiting.size())));
        if (waiting.isEmpty()) {
            body.add(new Paragraph(getTranslation("legacy.programme.postNone")));
            return;
        }
        DataTable table = new DataTable(getTranslation("legacy.programme.postCaption"), getTranslation("legacy.col.reference"),
                getTranslation("legacy.col.to"), getTranslation("legacy.col.letter"), getTranslation("legacy.col.date"),
                getTranslation("legacy.col.actions"));
        table.setId("letters-to-post");
        for (LetterToPost l : waiting) {
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(ev -> new com.vaadin.flow.server.streams.DownloadResponse(
                    new java.io.ByteArrayInputStream(programme.letterPdf(l.letterId())), "letter-" + l.letterId() + ".pdf",
                    "application/pdf", -1)), getTranslation("legacy.programme.print"));
            pdf.setId("print-" + l.letterId());
            pdf.getElement().setAttribute("aria-label", getTranslation("legacy.programme.printFor", l.recipientName()));
            Button posted = new Button(getTranslation("legacy.programme.posted"), e -> {
                programme.markPosted(l.letterId());
                render(null);
            });
            posted.setId("posted-" + l.letterId());
            posted.getElement().setAttribute("aria-label", getTranslation("legacy.programme.postedFor", l.recipientName()));
            Div actions = new Div(pdf, posted);
            actions.addClassName("button-group");
            table.rowOf(l.legacyReference(), l.recipientName(), getTranslation("legacy.letter." + l.kind().name() + ".title"),
                    LegacyUi.date(l.letterDate()), actions);
        }
        body.add(table);
    }

    private void arrears(List<CaseLine> waiting) {
        body.add(new H2(getTranslation("legacy.programme.arrearsWaiting", waiting.size())));
        body.add(new Paragraph(getTranslation(waiting.isEmpty() ? "legacy.programme.arrearsNone" : "legacy.programme.arrearsLead")));
        if (!waiting.isEmpty()) {
            DataTable table = new DataTable(getTranslation("legacy.programme.arrearsCaption"), getTranslation("legacy.col.reference"),
                    getTranslation("legacy.col.ended"), getTranslation("legacy.col.arrears"), getTranslation("legacy.col.online"));
            table.setId("arrears-waiting");
            table.numeric(2);
            waiting.forEach(c -> table.row(c.legacyReference(), LegacyUi.date(c.liabilityEndDate()), MoneyText.format(c.arrears()),
                    String.join("; ", c.parties().stream().map(this::online).toList())));
            body.add(table);
        }
    }

    private void cases(List<CaseLine> all) {
        body.add(new H2(getTranslation("legacy.programme.cases")));
        DataTable table = new DataTable(getTranslation("legacy.programme.casesCaption"), getTranslation("legacy.col.reference"),
                getTranslation("legacy.programme.segment"), getTranslation("legacy.col.stage"), getTranslation("legacy.col.endDate"),
                getTranslation("legacy.col.weekly"), getTranslation("legacy.col.arrears"), getTranslation("legacy.col.paying"),
                getTranslation("legacy.col.receiving"));
        table.setId("legacy-cases");
        table.numeric(4, 5);
        for (CaseLine c : all) {
            String arrears = MoneyText.format(c.arrears()) + (c.arrearsCaseReference() == null ? ""
                    : " " + getTranslation("legacy.programme.movedTo", c.arrearsCaseReference()));
            table.rowOf(c.legacyReference(), getTranslation("legacy.segment." + c.segment().name()),
                    LegacyUi.tag(getTranslation("legacy.stage." + c.stage().name()), LegacyUi.colour(c.stage())),
                    c.liabilityEndDate() == null ? getTranslation("legacy.programme.noDate") : LegacyUi.date(c.liabilityEndDate()),
                    MoneyText.format(c.weeklyAmount()), arrears, party(c, 0), party(c, 1));
        }
        body.add(table);
    }

    private String party(CaseLine c, int i) {
        if (c.parties().size() <= i) {
            return "";
        }
        PartyLine p = c.parties().get(i);
        String choice = p.nextStep() == null ? getTranslation("legacy.programme.noChoice")
                : getTranslation("legacy.programme.choice." + p.nextStep().name(),
                p.nextStepDetail() == null ? "" : p.nextStepDetail(), LegacyUi.date(p.newCaseStartsOn()));
        return p.name() + " (" + getTranslation(p.linked() ? "legacy.programme.online" : "legacy.programme.offline")
                + "): " + choice;
    }

    private String online(PartyLine p) {
        return p.name() + ": " + getTranslation(p.linked() ? "legacy.programme.online" : "legacy.programme.offline");
    }

    @Override
    protected String pageTitle() {
        return getTranslation("legacy.programme.title");
    }
}
