package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.outreach.ui.TalkSteps.Step;
import org.jspecify.annotations.Nullable;

/**
 * One question of "Talk to someone" on the portal's {@link OneQuestionPage}: reached out of order, it
 * sends the person to the start; Continue checks the answer (the outreach rules in
 * {@code outreach.Answers}), keeps it in the session and goes on — back to "Check your answers" when the
 * person came from a Change link. The journey asks about safety, so "Exit this page" is on every page.
 */
abstract class TalkQuestion extends OneQuestionPage implements BeforeEnterObserver, SafetySensitive {
    static final String CHANGE = "change";
    private boolean changing;

    protected abstract Step step();

    /** Lays out the question with the journey's answer filled in (using {@link #show}). */
    protected abstract void build(TalkJourney journey);

    /** The fields whose error marks are cleared before checking again. */
    protected abstract List<Component> fields();

    /** Checks the answer; when it is good, writes it into the journey and returns no errors. */
    protected abstract Map<Component, String> save(TalkJourney journey);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TalkJourney journey = TalkJourney.current();
        if (!TalkSteps.reachable(journey, step())) {
            event.forwardTo(TalkStartView.class);
            return;
        }
        changing = event.getLocation().getQueryParameters().getParameters().containsKey(CHANGE);
        build(journey);
    }

    /** The question page: back link, caption, question, hint, then the fields and Continue. */
    protected void show(String question, String hint, Component... content) {
        showQuestion(back(), getTranslation("outreach.caption"), question, hint, continueButton(), content);
    }

    protected Button continueButton() {
        return continueButton("continue", getTranslation("outreach.continue"), this::submit);
    }

    private void submit() {
        clearErrors(fields());
        TalkJourney journey = TalkJourney.current();
        Map<Component, String> errors = save(journey);
        if (!errors.isEmpty()) {
            showErrors(errors);
            return;
        }
        Step next = changing && TalkSteps.reachable(journey, Step.CHECK) ? Step.CHECK : TalkSteps.next(journey, step());
        getUI().ifPresent(ui -> ui.navigate(TalkSteps.view(next)));
    }

    protected @Nullable RouterLink back() {
        Step previous = changing ? Step.CHECK : TalkSteps.previous(TalkJourney.current(), step());
        RouterLink back = new RouterLink(getTranslation("outreach.back"), TalkSteps.view(previous));
        back.setId("back-link");
        return back;
    }

    /** One error at one field, as a map for {@link #showErrors}. */
    protected Map<Component, String> error(Component field, Optional<String> key) {
        Map<Component, String> errors = new LinkedHashMap<>();
        key.ifPresent(k -> errors.put(field, getTranslation(k)));
        return errors;
    }

    static QueryParameters changeLink() {
        return QueryParameters.simple(Map.of(CHANGE, "1"));
    }
}
