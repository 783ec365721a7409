package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.outreach.ui.TalkSteps.Step;

/**
 * "Is it safe to leave a message?" A no means no voicemail and no texts to the number, only a call; it
 * is shown first of all to the caseworker who calls, and never repeated in any e-mail.
 */
@Route(value = "talk-to-someone/messages", layout = MainLayout.class)
@AnonymousAllowed
public class MessageView extends TalkQuestion {
    private final RadioButtonGroup<Boolean> safe = Forms.radios("message-ok", null, null, List.of(true, false),
            b -> getTranslation(b ? "outreach.message.yes" : "outreach.message.no"));

    public MessageView() {
        labelledByQuestion(safe);
    }

    @Override
    protected Step step() {
        return Step.MESSAGE;
    }

    @Override
    protected void build(TalkJourney journey) {
        safe.setValue(journey.messageOk);
        show(getTranslation("outreach.message.title"), getTranslation("outreach.message.hint"), Forms.group(safe));
    }

    @Override
    protected List<Component> fields() {
        return List.of(safe);
    }

    @Override
    protected Map<Component, String> save(TalkJourney journey) {
        if (safe.getValue() == null) {
            return error(safe, Optional.of("outreach.error.message.missing"));
        }
        journey.messageOk = safe.getValue();
        return Map.of();
    }
}
