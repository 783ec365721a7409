package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.outreach.Answers;
import org.childmaintenance.outreach.ui.TalkSteps.Step;

/** A visitor's name (a signed-in parent's comes from their account). */
@Route(value = "talk-to-someone/name", layout = MainLayout.class)
@AnonymousAllowed
public class NameView extends TalkQuestion {
    private final TextField name = Forms.text("full-name", null, null);

    public NameView() {
        name.setAutocomplete(Autocomplete.NAME);
        name.getElement().setAttribute("spellcheck", "false");
        name.addClassName("field--wide");
        labelledByQuestion(name);
    }

    @Override
    protected Step step() {
        return Step.NAME;
    }

    @Override
    protected void build(TalkJourney journey) {
        name.setValue(journey.fullName == null ? "" : journey.fullName);
        show(getTranslation("outreach.name.title"), getTranslation("outreach.name.hint"), Forms.group(name));
    }

    @Override
    protected List<Component> fields() {
        return List.of(name);
    }

    @Override
    protected Map<Component, String> save(TalkJourney journey) {
        Map<Component, String> errors = error(name, Answers.nameProblem(name.getValue(), "outreach.error.name.missing"));
        if (errors.isEmpty()) {
            journey.fullName = Answers.line(name.getValue());
        }
        return errors;
    }
}
