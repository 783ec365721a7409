package org.childmaintenance.representation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.representation.RepresentationScope;
import org.childmaintenance.representation.RepresentationService;

/**
 * Nominate someone to manage a case: their name and e-mail, what they may do (each scope in plain
 * words) and an optional end date. The service checks everything; errors show next to the fields.
 */
@Route(value = "manage-a-case/nominate", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class NominateView extends PortalPage {
    private final RepresentationService service;
    private final ErrorSummary summary = new ErrorSummary();
    final RadioButtonGroup<CaseService.CaseSummary> caseChoice;
    final TextField name;
    final TextField email;
    final RadioButtonGroup<RepresentationScope> scope;
    final MemorableDateField endsOn;

    public NominateView(RepresentationService service, CaseService cases) {
        this.service = service;
        add(summary);
        heading(getTranslation("reps.nominate.title"));
        lead(getTranslation("reps.nominate.lead"));
        List<CaseService.CaseSummary> mine = cases.myCases();
        caseChoice = Forms.radios("case", getTranslation("reps.nominate.case"), null, mine,
                c -> c.reference() + " (" + String.join(", ", c.childNames()) + ")");
        if (mine.size() == 1) {
            caseChoice.setValue(mine.getFirst());
        }
        name = Forms.text("name", getTranslation("reps.nominate.name"), null);
        name.getElement().setAttribute("autocomplete", "off");
        email = Forms.email("email", getTranslation("reps.nominate.email"), getTranslation("reps.nominate.email.hint"));
        scope = Forms.radios("scope", getTranslation("reps.nominate.scope"), getTranslation("reps.nominate.scope.hint"),
                List.copyOf(RepresentationScope.parentChoices()), s -> getTranslation("reps.scope." + s.name()));
        endsOn = new MemorableDateField("ends-on", getTranslation("reps.nominate.endsOn"),
                getTranslation("reps.nominate.endsOn.hint"), false);
        Button send = Forms.primary("send-nomination", getTranslation("reps.nominate.button"), e -> submit());
        if (mine.size() > 1) {
            add(Forms.group(caseChoice));
        }
        add(Forms.group(name), Forms.group(email), Forms.group(scope), Forms.group(endsOn),
                new Paragraph(getTranslation("reps.nominate.never")), send,
                new Paragraph(new Anchor("manage-a-case", getTranslation("common.cancel"))));
    }

    private void submit() {
        Forms.clearErrors(name, email, scope, caseChoice);
        endsOn.clearError();
        if (!endsOn.isBlank() && endsOn.problemKey().isPresent()) {
            String key = endsOn.problemKey().get();
            endsOn.showError(getTranslation(key), key);
            summary.show(Map.of(endsOn, getTranslation(key)));
            setShowingErrors(true);
            return;
        }
        if (caseChoice.getValue() == null) {
            summary.show(Map.of(caseChoice, getTranslation("reps.error.case.missing")));
            caseChoice.setErrorMessage(getTranslation("reps.error.case.missing"));
            caseChoice.setInvalid(true);
            setShowingErrors(true);
            return;
        }
        try {
            service.nominate(caseChoice.getValue().id(), name.getValue(), email.getValue(), scope.getValue(),
                    endsOn.isBlank() ? null : endsOn.getValue());
            String who = name.getValue().trim();
            removeAll();
            setShowingErrors(false);
            heading(getTranslation("reps.nominate.done.title"));
            Paragraph body = paragraph(getTranslation("reps.nominate.done.body", who, email.getValue().trim()));
            body.setId("nomination-sent");
            add(new Paragraph(new Anchor("manage-a-case", getTranslation("reps.nominate.done.back"))));
        } catch (UserFacingException e) {
            Map<String, Component> fields = new LinkedHashMap<>();
            fields.put("name", name);
            fields.put("email", email);
            fields.put("scope", scope);
            fields.put("endsOn", endsOn);
            e.fieldErrors().forEach(fe -> {
                Component c = fields.get(fe.field());
                if (c instanceof com.vaadin.flow.component.HasValidation v) {
                    v.setErrorMessage(getTranslation(fe.message()));
                    v.setInvalid(true);
                }
            });
            summary.show(e.fieldErrors(), fields, name);
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("reps.nominate.title");
    }
}
