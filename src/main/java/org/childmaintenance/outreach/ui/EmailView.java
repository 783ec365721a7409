package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.outreach.Answers;
import org.childmaintenance.outreach.RequestKind;
import org.childmaintenance.outreach.ui.TalkSteps.Step;

/**
 * A visitor's e-mail address: where the reference and the private link to check or cancel go. Needed for
 * an appointment (its details); optional for a call-back (e-mail may not be safe for everyone).
 */
@Route(value = "talk-to-someone/email", layout = MainLayout.class)
@AnonymousAllowed
public class EmailView extends TalkQuestion {
    private final TextField email = Forms.email("email", null, null);

    public EmailView() {
        labelledByQuestion(email);
    }

    @Override
    protected Step step() {
        return Step.EMAIL;
    }

    private static boolean required(TalkJourney journey) {
        return journey.kind == RequestKind.APPOINTMENT;
    }

    @Override
    protected void build(TalkJourney journey) {
        email.setValue(journey.email == null ? "" : journey.email);
        boolean required = required(journey);
        show(getTranslation(required ? "outreach.email.title" : "outreach.email.titleOptional"),
                getTranslation(required ? "outreach.email.hint.APPOINTMENT" : "outreach.email.hint.CALL_BACK"),
                Forms.group(email));
    }

    @Override
    protected List<Component> fields() {
        return List.of(email);
    }

    @Override
    protected Map<Component, String> save(TalkJourney journey) {
        Map<Component, String> errors = error(email, Answers.emailProblem(email.getValue(), required(journey)));
        if (errors.isEmpty()) {
            journey.email = Answers.email(email.getValue());
        }
        return errors;
    }
}
