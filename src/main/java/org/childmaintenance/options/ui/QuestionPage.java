package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.base.ui.SafetySensitive;

/**
 * One radio question of the options journey, on the portal's {@link OneQuestionPage}: the question
 * as the H1 (which labels the radios), an optional hint, no pre-selected answer, "Continue".
 * Pages reached out of order send the person back to the start.
 */
abstract class QuestionPage<T> extends OneQuestionPage implements BeforeEnterObserver, SafetySensitive {
    private final String key;
    protected final Div intro = new Div();
    protected final RadioButtonGroup<T> radios;

    /** @param key translation prefix: {@code key.title}, {@code key.error}, optional hint given separately */
    QuestionPage(String key, String hint, List<T> items, Class<? extends Component> back) {
        this.key = key;
        radios = Forms.radios("answer", null, hint, items, this::caption);
        labelledByQuestion(radios);
        showQuestion(Pages.backLink(back), null, getTranslation(key + ".title"), null,
                continueButton("continue", getTranslation("options.continue"), this::submit), intro, Forms.group(radios));
    }

    /** The radio label of an answer. */
    protected abstract String caption(T item);

    /** Whether the earlier questions this page depends on have been answered. */
    protected abstract boolean ready(OptionsJourney journey);

    protected abstract T read(OptionsJourney journey);

    protected abstract void write(OptionsJourney journey, T value);

    /** Where to go after a valid answer. */
    protected abstract void next(OptionsJourney journey);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OptionsJourney journey = OptionsJourney.current();
        if (!ready(journey)) {
            event.forwardTo(OptionsStartView.class);
            return;
        }
        T value = read(journey);
        if (value != null) {
            radios.setValue(value);
        }
    }

    private void submit() {
        clearErrors(List.of(radios));
        T value = radios.getValue();
        if (value == null) {
            showErrors(Map.of(radios, getTranslation(key + ".error")));
            return;
        }
        OptionsJourney journey = OptionsJourney.current();
        write(journey, value);
        next(journey);
    }
}
