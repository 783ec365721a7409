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
public class UkEmployerView extends UkEmployerQuestion {

    public UkEmployerView(OptionsService options) {
        super("options.ukEmployer", List.of(Answer.YES, Answer.NO), WhereYouLiveView.class, options,
                Eligibility.NOT_IN_UK, OtherParentInUkView.class);
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
}
