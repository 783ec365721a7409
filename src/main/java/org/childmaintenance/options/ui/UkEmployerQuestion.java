package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.childmaintenance.options.Answer;
import org.childmaintenance.options.Eligibility;
import org.childmaintenance.options.OptionsService;

/**
 * Options: someone lives abroad. Do they work for one of the UK employers listed (civil service, armed forces,
 * a UK company, the NHS, a local council)? If not, the service cannot help ({@code ifNot}); otherwise on to
 * {@code next}.
 */
abstract class UkEmployerQuestion extends QuestionPage<Answer> {
    private final OptionsService options;
    private final Eligibility ifNot;
    private final Class<? extends Component> nextPage;

    UkEmployerQuestion(String key, List<Answer> answers, Class<? extends Component> back, OptionsService options,
            Eligibility ifNot, Class<? extends Component> nextPage) {
        super(key, null, answers, back);
        this.options = options;
        this.ifNot = ifNot;
        this.nextPage = nextPage;
        intro.add(Pages.bullets(getTranslation("options.ukEmployer.1"), getTranslation("options.ukEmployer.2"),
                getTranslation("options.ukEmployer.3"), getTranslation("options.ukEmployer.4"),
                getTranslation("options.ukEmployer.5")));
    }

    @Override
    protected String caption(Answer item) {
        return getTranslation("options.answer." + item.name());
    }

    @Override
    protected void next(OptionsJourney journey) {
        if (options.check(journey.answers()) == ifNot) {
            OptionsEndView.show(ifNot);
        } else {
            getUI().ifPresent(ui -> ui.navigate(nextPage));
        }
    }
}
