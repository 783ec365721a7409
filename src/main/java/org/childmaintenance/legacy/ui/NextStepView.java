package org.childmaintenance.legacy.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.legacy.LegacyCases;
import org.childmaintenance.legacy.LegacyTypes.NextStep;
import org.childmaintenance.legacy.LegacyViews.ParentCase;
import org.springframework.security.access.AccessDeniedException;

/**
 * "What do you want to do when your old-scheme case ends?": a family-based arrangement (the arrangement
 * builder opens, prefilled), an application to the service (prefilled, starting the day after the old
 * case ends) or no arrangement. The choice is recorded for casework.
 */
@Route(value = "old-scheme-case/:legacyCaseId([0-9]+)/next", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class NextStepView extends OneQuestionPage implements BeforeEnterObserver {
    private final LegacyCases legacyCases;
    private RadioButtonGroup<NextStep> choice;
    private long id;

    public NextStepView(LegacyCases legacyCases) {
        this.legacyCases = legacyCases;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong(OldSchemeCaseView.ID).orElse(-1L);
        ParentCase c;
        try {
            c = legacyCases.details(id);
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        LocalDate start = c.newSchemeStart();
        choice = Forms.radios("next-step", null, null, List.of(NextStep.values()),
                s -> getTranslation("legacy.choose." + s.name(), LegacyUi.date(start)));
        labelledByQuestion(choice);
        choice.setValue(c.nextStep());
        RouterLink back = new RouterLink(getTranslation("legacy.back"), OldSchemeCaseView.class,
                new RouteParameters(OldSchemeCaseView.ID, Long.toString(id)));
        showQuestion(back, getTranslation("legacy.case.caption", c.legacyReference()), getTranslation("legacy.choose.title"),
                getTranslation("legacy.choose.hint"), continueButton("continue", getTranslation("legacy.choose.button"),
                        this::submit),
                new Paragraph(getTranslation("legacy.choose.arrangement")),
                new Paragraph(getTranslation("legacy.choose.apply", LegacyUi.date(start))),
                new Paragraph(getTranslation("legacy.choose.none")), Forms.group(choice));
    }

    private void submit() {
        clearErrors(List.of(choice));
        if (choice.getValue() == null) {
            showErrors(Map.of(choice, getTranslation("legacy.choose.error.missing")));
            return;
        }
        try {
            switch (choice.getValue()) {
                case FAMILY_ARRANGEMENT -> {
                    long arrangementId = legacyCases.startFamilyArrangement(id);
                    getUI().ifPresent(ui -> ui.navigate("arrangement/" + arrangementId + "/about"));
                }
                case APPLY -> {
                    legacyCases.applyToService(id);
                    done("apply");
                }
                case NO_ARRANGEMENT -> {
                    legacyCases.chooseNoArrangement(id);
                    done("none");
                }
            }
        } catch (UserFacingException e) {
            showErrors(Map.of(choice, getTranslation(e.getMessage())));
        }
    }

    private void done(String what) {
        getUI().ifPresent(ui -> ui.navigate(OldSchemeCaseView.class, new RouteParameters(OldSchemeCaseView.ID, Long.toString(id)),
                QueryParameters.of("done", what)));
    }
}
