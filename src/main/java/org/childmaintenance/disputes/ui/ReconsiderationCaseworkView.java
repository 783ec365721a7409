package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.disputes.ReconsiderationCasework;
import org.childmaintenance.disputes.ReconsiderationCasework.Detail;
import org.childmaintenance.disputes.ReconsiderationStatus;
import org.childmaintenance.identity.Roles;

/**
 * Casework: one reconsideration with both parents' points and evidence, and the outcome — revise
 * (correcting the circumstances that were wrong: income, other children, shared-care nights) or not
 * revise, with reasons; after a notice, the tribunal's outcome of an appeal, corrected the same way.
 */
@Route(value = "casework/reconsiderations/:id", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class ReconsiderationCaseworkView extends OneQuestionPage implements BeforeEnterObserver {
    private enum Choice { REVISE, NOT_REVISE }

    private final ReconsiderationCasework casework;
    private long id;

    public ReconsiderationCaseworkView(ReconsiderationCasework casework) {
        this.casework = casework;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = DisputeViews.id(event, "id");
        try {
            show(casework.detail(id), null);
        } catch (UserFacingException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(Detail d, String done) {
        startQuestion(new RouterLink(getTranslation("disputes.ui.back"), ReconsiderationQueueView.class), null,
                getTranslation("disputes.cw.detailTitle", d.caseReference()), null);
        if (done != null) {
            Div banner = new Div(new Paragraph(done));
            banner.setId("done-banner");
            banner.addClassName("panel");
            add(banner);
        }
        SummaryList facts = new SummaryList();
        facts.setId("reconsideration-facts");
        facts.row(getTranslation("disputes.ui.status"), getTranslation("disputes.status." + d.status().name()), null);
        facts.row(getTranslation("disputes.ui.decisionDate"), DisputeViews.date(d.decisionNotified()), null);
        facts.row(getTranslation("disputes.cw.lastDay"), DisputeViews.date(d.lastDayToAsk()), null);
        if (d.lateReason() != null) {
            facts.row(getTranslation("disputes.ui.checkLate"), d.lateReason(), null);
        }
        facts.row(getTranslation("disputes.cw.otherUntil"), DisputeViews.date(d.otherParentUntil()), null);
        add(facts);
        add(new H2(getTranslation("disputes.cw.points")));
        for (ReconsiderationCasework.PointView p : d.points()) {
            Div box = new Div();
            box.setId("point-" + p.id());
            box.add(new H3(getTranslation("disputes.cw.role." + p.role().name()) + " – " + DisputeViews.date(p.at())));
            box.add(new Paragraph(p.reasons().stream().map(r -> getTranslation("disputes.reason." + r.name()))
                    .collect(Collectors.joining(", "))));
            box.add(new Paragraph(p.details()));
            for (ReconsiderationCasework.EvidenceView e : p.evidence()) {
                Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = casework.evidenceFile(id, e.id());
                    return new DownloadResponse(new ByteArrayInputStream(bytes), e.fileName(), null, bytes.length);
                }), e.fileName());
                file.setId("evidence-" + e.id());
                box.add(new Paragraph(file));
            }
            add(box);
        }
        if (d.status() != ReconsiderationStatus.DECIDED) {
            outcomeForm(d);
        } else {
            add(new H2(getTranslation("disputes.cw.outcome")));
            Paragraph outcome = new Paragraph(getTranslation("disputes.outcome." + d.outcome()) + ": " + d.outcomeReasons()
                    + (d.adjustment() == null ? "" : " " + getTranslation("disputes.cw.adjustment", MoneyText.format(d.adjustment()))));
            outcome.setId("outcome");
            add(outcome);
            if (d.appealLodgedOn() != null && d.appealOutcome() == null) {
                appealForm(d);
            }
        }
    }

    private void outcomeForm(Detail d) {
        add(new H2(getTranslation("disputes.cw.outcome")));
        if (d.status() == ReconsiderationStatus.RECEIVED) {
            Button start = new Button(getTranslation("disputes.cw.start"), e -> {
                casework.startReview(id);
                show(casework.detail(id), getTranslation("disputes.cw.started"));
            });
            start.setId("start-review");
            add(start);
        }
        RadioButtonGroup<Choice> choice = Forms.radios("outcome-choice", getTranslation("disputes.cw.choice"), null,
                List.of(Choice.REVISE, Choice.NOT_REVISE), c -> getTranslation("disputes.cw.choice." + c.name()));
        CorrectionsForm corrections = new CorrectionsForm(casework.circumstances(id), d.disputed());
        TextArea reasons = new TextArea(getTranslation("disputes.cw.reasons"));
        reasons.setId("outcome-reasons");
        reasons.setMaxLength(4000);
        Button decide = Forms.primary("decide", getTranslation("disputes.cw.decide"), e -> {
            clearErrors(List.of(choice, reasons));
            corrections.clearErrors();
            Map<Component, String> errors = new LinkedHashMap<>();
            if (choice.getValue() == null) {
                errors.put(choice, getTranslation("disputes.cw.error.choice"));
            }
            Revision.Corrections corrected = choice.getValue() == Choice.REVISE ? corrections.read(errors) : null;
            if (reasons.getValue().isBlank()) {
                errors.put(reasons, getTranslation("disputes.error.outcomeReasons"));
            }
            if (!errors.isEmpty()) {
                mark(errors);
                return;
            }
            try {
                if (choice.getValue() == Choice.REVISE) {
                    BigDecimal adjustment = casework.revise(id, corrected, reasons.getValue());
                    show(casework.detail(id), getTranslation("disputes.cw.revised", MoneyText.format(adjustment)));
                } else {
                    casework.notRevise(id, reasons.getValue());
                    show(casework.detail(id), getTranslation("disputes.cw.notRevised"));
                }
            } catch (UserFacingException ex) {
                serviceErrors(ex, corrections, reasons);
            }
        });
        add(choice, corrections, reasons, decide);
    }

    private void appealForm(Detail d) {
        add(new H2(getTranslation("disputes.cw.appeal", DisputeViews.date(d.appealLodgedOn()), d.tribunalReference())));
        RadioButtonGroup<ReconsiderationCasework.AppealResult> result = Forms.radios("appeal-result",
                getTranslation("disputes.cw.appealResult"), null, List.of(ReconsiderationCasework.AppealResult.values()),
                r -> getTranslation("disputes.appeal." + r.name()));
        Paragraph hint = new Paragraph(getTranslation("disputes.cw.appealIncomeHint"));
        hint.addClassName("hint");
        CorrectionsForm corrections = new CorrectionsForm(casework.circumstances(id), d.disputed());
        Button record = Forms.primary("record-appeal", getTranslation("disputes.cw.recordAppeal"), e -> {
            clearErrors(List.of(result));
            corrections.clearErrors();
            Map<Component, String> errors = new LinkedHashMap<>();
            if (result.getValue() == null) {
                errors.put(result, getTranslation("disputes.cw.error.appeal"));
            }
            Revision.Corrections corrected = result.getValue() == ReconsiderationCasework.AppealResult.ALLOWED
                    ? corrections.read(errors) : Revision.Corrections.income(null);
            if (!errors.isEmpty()) {
                mark(errors);
                return;
            }
            try {
                casework.recordAppealOutcome(id, result.getValue(), corrected);
                show(casework.detail(id), getTranslation("disputes.cw.appealRecorded"));
            } catch (UserFacingException ex) {
                serviceErrors(ex, corrections, result);
            }
        });
        add(result, hint, corrections, record);
    }

    /** A service refusal: each field error at its field (corrections by name), anything else at {@code fallback}. */
    private void serviceErrors(UserFacingException ex, CorrectionsForm corrections, Component fallback) {
        Map<Component, String> errors = new LinkedHashMap<>();
        Map<String, Component> fields = corrections.fields();
        if (ex.fieldErrors().isEmpty()) {
            errors.put(fallback, getTranslation(ex.getMessage()));
        }
        ex.fieldErrors().forEach(fe -> errors.putIfAbsent(fields.getOrDefault(fe.field(), fallback),
                getTranslation(fe.message())));
        mark(errors);
    }

    private void mark(Map<Component, String> errors) {
        errors.forEach((field, message) -> {
            if (field instanceof com.vaadin.flow.component.HasValidation v) {
                v.setInvalid(true);
                v.setErrorMessage(message);
            }
        });
        showErrors(errors);
    }
}
