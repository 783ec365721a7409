package org.childmaintenance.legacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.legacy.LegacyCases;
import org.childmaintenance.legacy.LegacyViews.LinkOutcome;

/**
 * Find an old-scheme case with the reference on its letters and the parent's date of birth (a few
 * attempts an hour; a failure says the same whatever was wrong). What was typed stays on the page.
 */
@Route(value = "old-scheme-case/find", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class FindOldSchemeCaseView extends OneQuestionPage {
    private final LegacyCases legacyCases;
    private final TextField reference;
    private final MemorableDateField dateOfBirth;

    public FindOldSchemeCaseView(LegacyCases legacyCases) {
        this.legacyCases = legacyCases;
        reference = Forms.text("reference", getTranslation("legacy.find.reference"), getTranslation("legacy.find.reference.hint"));
        reference.getElement().setAttribute("spellcheck", "false");
        reference.getElement().setAttribute("autocapitalize", "characters");
        reference.addClassName("field--narrow");
        dateOfBirth = new MemorableDateField("date-of-birth", getTranslation("legacy.find.dateOfBirth"),
                getTranslation("legacy.find.dateOfBirth.hint"), true);
        RouterLink back = new RouterLink(getTranslation("legacy.back"), OldSchemeCaseView.class);
        showQuestion(back, null, getTranslation("legacy.find.title"), getTranslation("legacy.find.hint"),
                continueButton("continue", getTranslation("legacy.find.button"), this::find),
                new Div(Forms.group(reference), Forms.group(dateOfBirth)));
    }

    private void find() {
        clearErrors(List.of(reference, dateOfBirth));
        Map<Component, String> errors = new LinkedHashMap<>();
        LocalDate dob = null;
        var problem = dateOfBirth.problemKey();
        if (problem.isPresent() && !problem.get().equals("date.error.missing")) {
            errors.put(dateOfBirth, getTranslation(problem.get()));
        } else {
            dob = dateOfBirth.getValue();
        }
        try {
            if (errors.isEmpty()) {
                LinkOutcome outcome = legacyCases.linkByReference(reference.getValue(), dob);
                switch (outcome) {
                    case LINKED -> {
                        getUI().ifPresent(ui -> ui.navigate(OldSchemeCaseView.class));
                        return;
                    }
                    case NOT_FOUND -> errors.put(reference, getTranslation("legacy.find.error.notFound"));
                    case TOO_MANY_ATTEMPTS -> errors.put(reference, getTranslation("legacy.find.error.tooMany"));
                }
            }
        } catch (UserFacingException e) {
            Map<String, Component> fields = Map.of("reference", reference, "dateOfBirth", dateOfBirth);
            e.fieldErrors().forEach(fe -> errors.putIfAbsent(fields.getOrDefault(fe.field(), reference),
                    getTranslation(fe.message())));
        }
        Map<Component, String> ordered = new LinkedHashMap<>();
        for (Component c : List.of(reference, dateOfBirth)) {
            if (errors.containsKey(c)) {
                ordered.put(c, errors.get(c));
            }
        }
        showErrors(ordered);
    }
}
