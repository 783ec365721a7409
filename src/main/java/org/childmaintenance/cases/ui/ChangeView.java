package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.cases.CaseQuestion;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ChangeKind;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.identity.ActingForBanner;
import org.childmaintenance.base.DisplayFormats;

/**
 * One change as a short journey: its questions, then a check page that previews the new amount
 * and says whether it makes a new decision (and why not), then "Send". Shows "Exit this page":
 * address and contact changes are safety-sensitive.
 */
@Route(value = "report-a-change/:caseId/:kind", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE})
public class ChangeView extends CaseJourneyView implements SafetySensitive {
    private ChangeKind kind;
    private final ActingFor actingFor;

    public ChangeView(CaseService cases, ActingFor actingFor) {
        super(cases);
        this.actingFor = actingFor;
    }

    @Override
    protected void showQuestion(QuestionForm form, com.vaadin.flow.component.Component back, String buttonText,
                                Runnable onContinue) {
        super.showQuestion(form, back, buttonText, onContinue);
        ActingForBanner.addTo(this, actingFor, caseId); // a representative sees for whom they act on every step
    }

    @Override
    protected boolean prepare(BeforeEnterEvent event) {
        kind = ChangeKind.fromSlug(event.getRouteParameters().get("kind").orElse("")).orElse(null);
        if (kind == null || !cases.changesICanReport(caseId).contains(kind)) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return false;
        }
        return true;
    }

    @Override
    protected List<CaseQuestion.Ref> questions() {
        return cases.changeQuestions(caseId, kind, answers);
    }

    @Override
    protected String startHref() {
        return "report-a-change/" + caseId;
    }

    @Override
    protected void showCheck() {
        removeAll();
        setShowingErrors(false);
        add(backFromCheck());
        summary.clear();
        add(summary);
        setPageTitle(getTranslation("change.check.title", getTranslation("changeKind." + kind.name())));
        ActingForBanner.addTo(this, actingFor, caseId);
        heading(getTranslation("change.check.title", getTranslation("changeKind." + kind.name())));
        add(answersList());
        try {
            CaseService.ChangePreview p = cases.previewChange(caseId, kind, answers);
            if (p.newWeekly() != null) {
                Div preview = new Div();
                preview.setId("preview");
                preview.addClassName("banner");
                preview.add(new H2(getTranslation("change.preview.title")));
                preview.add(new Paragraph(getTranslation("change.preview.amounts", MoneyText.format(p.currentWeekly()),
                        MoneyText.format(p.newWeekly()))));
                Paragraph outcome = new Paragraph(getTranslation(p.newDecision() ? "change.preview.yes" : "change.preview.no",
                        p.effectiveDate() == null ? "" : DisplayFormats.date(p.effectiveDate())));
                outcome.setId("preview-outcome");
                preview.add(outcome, new Paragraph(p.explanation()));
                add(preview);
            }
        } catch (UserFacingException e) {
            paragraph(getTranslation(e.getMessage()));
        }
        add(Forms.primary("send-change", getTranslation("change.check.send"), e -> send()));
    }

    private void send() {
        try {
            CaseService.ChangeResult result = cases.reportChange(caseId, kind, answers);
            removeAll();
            setShowingErrors(false);
            Div panel = new Div();
            panel.addClassName("panel");
            panel.setId("confirmation");
            H1 h1 = new H1(getTranslation("change.done.title"));
            h1.setId("page-heading");
            panel.add(h1);
            add(panel);
            setPageTitle(getTranslation("change.done.title"));
            ActingForBanner.addTo(this, actingFor, caseId);
            Paragraph message = paragraph(result.message());
            message.setId("change-result");
            add(new Paragraph(new RouterLink(getTranslation("change.done.myCase"), MyCaseView.class,
                    new RouteParameters("caseId", Long.toString(caseId)))));
            focusHeading();
        } catch (UserFacingException e) {
            paragraph(getTranslation(e.getMessage())).setId("send-problem");
        } catch (org.springframework.security.access.AccessDeniedException e) {
            // e.g. a representative withdrawn mid-journey: show "You cannot see this page"
            com.vaadin.flow.component.UI.getCurrent().navigate("my-case/" + caseId);
        }
    }
}
