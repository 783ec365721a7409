package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.outreach.Answers;
import org.childmaintenance.outreach.Topic;
import org.childmaintenance.outreach.ui.TalkSteps.Step;

/** What it is about: a topic, and a few words of their own (needed for "something else"). */
@Route(value = "talk-to-someone/about", layout = MainLayout.class)
@AnonymousAllowed
public class AboutView extends TalkQuestion {
    private final RadioButtonGroup<Topic> topic = Forms.radios("topic", null, null, Arrays.asList(Topic.values()),
            t -> getTranslation("outreach.topic." + t.name()));
    private final TextArea details = new TextArea();

    public AboutView() {
        labelledByQuestion(topic);
        details.setId("details");
        details.setLabel(getTranslation("outreach.about.details"));
        details.setHelperText(getTranslation("outreach.about.detailsHint", Answers.TEXT_MAX));
        details.addThemeName("helper-above-field");
        details.addClassName("field--area");
    }

    @Override
    protected Step step() {
        return Step.ABOUT;
    }

    @Override
    protected void build(TalkJourney journey) {
        topic.setValue(journey.topic);
        details.setValue(journey.details == null ? "" : journey.details);
        show(getTranslation("outreach.about.title"), null, Forms.group(topic), Forms.group(details));
    }

    @Override
    protected List<Component> fields() {
        return List.of(topic, details);
    }

    @Override
    protected Map<Component, String> save(TalkJourney journey) {
        Map<Component, String> errors = new LinkedHashMap<>();
        if (topic.getValue() == null) {
            errors.put(topic, getTranslation("outreach.error.topic.missing"));
        }
        Answers.detailsProblem(topic.getValue(), details.getValue()).ifPresent(k -> errors.put(details, getTranslation(k)));
        if (errors.isEmpty()) {
            journey.topic = topic.getValue();
            journey.details = Answers.text(details.getValue());
        }
        return errors;
    }
}
