package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.disputes.ReconsiderationService;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.ActingForBanner;
import org.childmaintenance.identity.Roles;
import org.jspecify.annotations.Nullable;

/** "I have appealed" (LC-14.4): the date the appeal was sent, then the tribunal's reference, one per page. */
@Route(value = "disputes/case/:caseId/appeal/:id", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE})
public class AppealView extends OneQuestionPage implements BeforeEnterObserver {
    private final ReconsiderationService service;
    private final ActingFor actingFor;
    private long caseId;
    private long id;
    private @Nullable LocalDate lodgedOn;

    public AppealView(ReconsiderationService service, ActingFor actingFor) {
        this.service = service;
        this.actingFor = actingFor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = DisputeViews.id(event, "caseId");
        id = DisputeViews.id(event, "id");
        DisputeViews.load(event, () -> {
            boolean open = service.myReconsiderations(caseId).stream()
                    .anyMatch(r -> r.id() == id && r.noticeDate() != null && r.appealLodgedOn() == null);
            if (!open) {
                throw new java.util.NoSuchElementException();
            }
            datePage();
        });
    }

    private RouterLink back() {
        return new RouterLink(getTranslation("disputes.ui.back"), DisputesView.class,
                new RouteParameters("caseId", Long.toString(caseId)));
    }

    private void datePage() {
        MemorableDateField date = new MemorableDateField("lodged-on", null, getTranslation("disputes.ui.q.lodgedOnHint"), false);
        labelledByQuestion(date);
        if (lodgedOn != null) {
            date.setValue(lodgedOn);
        }
        Button next = continueButton("continue", getTranslation("disputes.ui.continue"), () -> {
            clearErrors(List.of(date));
            var problem = date.problemKey();
            if (problem.isPresent()) {
                date.showError(getTranslation(problem.get()), problem.get());
                showErrors(Map.of(date, getTranslation(problem.get())));
                return;
            }
            lodgedOn = date.getValue();
            referencePage();
        });
        showQuestion(back(), getTranslation("disputes.ui.iHaveAppealed"), getTranslation("disputes.ui.q.lodgedOn"), null,
                next, date);
        ActingForBanner.addTo(this, actingFor, caseId); // a representative sees for whom they act on every step
    }

    private void referencePage() {
        TextField ref = new TextField();
        ref.setId("tribunal-reference");
        labelledByQuestion(ref);
        Button backButton = new Button(getTranslation("disputes.ui.back"), e -> datePage());
        backButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button next = continueButton("send", getTranslation("disputes.ui.send"), () -> {
            clearErrors(List.of(ref));
            try {
                service.recordAppeal(caseId, id, lodgedOn, ref.getValue());
            } catch (UserFacingException e) {
                String key = e.fieldErrors().isEmpty() ? e.getMessage() : e.fieldErrors().getFirst().message();
                if (e.fieldErrors().stream().anyMatch(f -> f.field().equals("lodgedOn"))) {
                    datePage();
                    MemorableDateField date = (MemorableDateField) getChildren()
                            .filter(c -> c instanceof MemorableDateField).findFirst().orElseThrow();
                    date.showError(getTranslation(key), "date.error.real");
                    showErrors(Map.of(date, getTranslation(key)));
                    return;
                }
                ref.setInvalid(true);
                ref.setErrorMessage(getTranslation(key));
                showErrors(Map.of(ref, getTranslation(key)));
                return;
            }
            removeAll();
            setQuestionTitle(getTranslation("disputes.ui.appealRecorded"));
            Div panel = new Div(new H2(getTranslation("disputes.ui.appealRecorded")));
            panel.setId("confirmation");
            panel.addClassName("panel");
            add(panel, new Paragraph(back()));
            ActingForBanner.addTo(this, actingFor, caseId);
        });
        showQuestion(backButton, getTranslation("disputes.ui.iHaveAppealed"), getTranslation("disputes.ui.q.tribunalReference"),
                getTranslation("disputes.ui.q.tribunalReferenceHint"), next, ref);
        ActingForBanner.addTo(this, actingFor, caseId);
    }
}
