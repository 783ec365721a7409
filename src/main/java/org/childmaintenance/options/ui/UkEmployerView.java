package org.childmaintenance.options.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.options.Answer;
import org.childmaintenance.options.Eligibility;
import org.childmaintenance.options.OptionsService;
import org.childmaintenance.options.WhereYouLive;

/** Options: you live outside the UK. Do you work for a listed UK employer? */
@Route(value = "options/uk-employer", layout = MainLayout.class)
@AnonymousAllowed
public class UkEmployerView extends QuestionPage<Answer> {
    private final OptionsService options;

    public UkEmployerView(OptionsService options) {
        super("options.ukEmployer", null, List.of(Answer.YES, Answer.NO), WhereYouLiveView.class);
        this.options = options;
        intro.add(Pages.bullets(getTranslation("options.ukEmployer.1"), getTranslation("options.ukEmployer.2"),
                getTranslation("options.ukEmployer.3"), getTranslation("options.ukEmployer.4"),
                getTranslation("options.ukEmployer.5")));
    }

    @Override
    protected String caption(Answer item) {
        return getTranslation("options.answer." + item.name());
    }

    @Override
    protected boolean ready(OptionsJourney journey) {
        return journey.whereYouLive == WhereYouLive.ELSEWHERE;
    }

    @Override
    protected Answer read(OptionsJourney journey) {
        return journey.youWorkForUkEmployer;
    }

    @Override
    protected void write(OptionsJourney journey, Answer value) {
        journey.youWorkForUkEmployer = value;
    }

    @Override
    protected void next(OptionsJourney journey) {
        if (options.check(journey.answers()) == Eligibility.NOT_IN_UK) {
            OptionsEndView.show(Eligibility.NOT_IN_UK);
        } else {
            getUI().ifPresent(ui -> ui.navigate(OtherParentInUkView.class));
        }
    }
}
