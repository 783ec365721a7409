package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.outreach.Answers;
import org.childmaintenance.outreach.CallTime;
import org.childmaintenance.outreach.ui.TalkSteps.Step;

/** When to call: any of a short list of times (the helpline's hours). */
@Route(value = "talk-to-someone/when", layout = MainLayout.class)
@AnonymousAllowed
public class TimesView extends TalkQuestion {
    private final CheckboxGroup<CallTime> times = new CheckboxGroup<>();

    public TimesView() {
        times.setId("times");
        times.addThemeName("vertical");
        times.setItems(Arrays.asList(CallTime.values()));
        times.setItemLabelGenerator(t -> getTranslation("outreach.times." + t.name()));
        labelledByQuestion(times);
    }

    @Override
    protected Step step() {
        return Step.TIMES;
    }

    @Override
    protected void build(TalkJourney journey) {
        times.setValue(journey.times);
        show(getTranslation("outreach.times.title"), getTranslation("outreach.times.hint"), Forms.group(times));
    }

    @Override
    protected List<Component> fields() {
        return List.of(times);
    }

    @Override
    protected Map<Component, String> save(TalkJourney journey) {
        Map<Component, String> errors = error(times, Answers.timesProblem(times.getValue()));
        if (errors.isEmpty()) {
            journey.times = EnumSet.copyOf(times.getValue());
        }
        return errors;
    }
}
