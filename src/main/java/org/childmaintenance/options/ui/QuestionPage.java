package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;

/**
 * One question of the options journey (UX.md "Question" page): back link, error summary, the question
 * as the H1 (which labels the radios), an optional hint, no pre-selected answer, "Continue".
 * Pages reached out of order send the person back to the start.
 */
abstract class QuestionPage<T> extends PortalPage implements BeforeEnterObserver, SafetySensitive {
    private final String key;
    private final ErrorSummary summary = new ErrorSummary();
    protected final Div intro = new Div();
    protected final RadioButtonGroup<T> radios;

    /** @param key translation prefix: {@code key.title}, {@code key.error}, optional hint given separately */
    QuestionPage(String key, String hint, List<T> items, Class<? extends Component> back) {
        this.key = key;
        add(Pages.backLink(back), summary);
        heading(getTranslation(key + ".title"));
        add(intro);
        radios = Forms.radios("answer", null, hint, items, this::caption);
        radios.getElement().setAttribute("aria-labelledby", "page-heading");
        add(Forms.group(radios), Forms.primary("continue", getTranslation("options.continue"), e -> submit()));
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
        Forms.clearErrors(radios);
        T value = radios.getValue();
        if (value == null) {
            summary.show(Map.of(radios, getTranslation(key + ".error")));
            setShowingErrors(true);
            return;
        }
        OptionsJourney journey = OptionsJourney.current();
        write(journey, value);
        next(journey);
    }

    @Override
    protected String pageTitle() {
        return getTranslation(key + ".title");
    }
}
