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
import org.childmaintenance.outreach.UkPhone;
import org.childmaintenance.outreach.ui.TalkSteps.Step;

/** The number to call back: a UK landline, mobile or freephone number. */
@Route(value = "talk-to-someone/phone", layout = MainLayout.class)
@AnonymousAllowed
public class PhoneView extends TalkQuestion {
    private final TextField phone = Forms.text("phone", null, null);

    public PhoneView() {
        phone.setAutocomplete(Autocomplete.TEL);
        phone.getElement().setAttribute("type", "tel");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.addClassName("field--wide");
        labelledByQuestion(phone);
    }

    @Override
    protected Step step() {
        return Step.PHONE;
    }

    @Override
    protected void build(TalkJourney journey) {
        phone.setValue(journey.phone == null ? "" : UkPhone.display(journey.phone));
        show(getTranslation("outreach.phone.title"), getTranslation("outreach.phone.hint"), Forms.group(phone));
    }

    @Override
    protected List<Component> fields() {
        return List.of(phone);
    }

    @Override
    protected Map<Component, String> save(TalkJourney journey) {
        Map<Component, String> errors = error(phone, Answers.phoneProblem(phone.getValue(), true));
        if (errors.isEmpty()) {
            journey.phone = UkPhone.normalise(Answers.line(phone.getValue())).orElseThrow();
        }
        return errors;
    }
}
