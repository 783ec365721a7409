package org.childmaintenance.options.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.options.Eligibility;
import org.childmaintenance.options.OptionsService;
import org.childmaintenance.options.WhereYouLive;

/** Options, question 1: where do you live? Northern Ireland has its own service. */
@Route(value = "options/where-you-live", layout = MainLayout.class)
@AnonymousAllowed
public class WhereYouLiveView extends QuestionPage<WhereYouLive> {
    private final OptionsService options;

    public WhereYouLiveView(OptionsService options) {
        super("options.where", null, List.of(WhereYouLive.values()), OptionsStartView.class);
        this.options = options;
    }

    @Override
    protected String caption(WhereYouLive item) {
        return getTranslation("options.where." + item.name());
    }

    @Override
    protected boolean ready(OptionsJourney journey) {
        return true;
    }

    @Override
    protected WhereYouLive read(OptionsJourney journey) {
        return journey.whereYouLive;
    }

    @Override
    protected void write(OptionsJourney journey, WhereYouLive value) {
        journey.whereYouLive = value;
    }

    @Override
    protected void next(OptionsJourney journey) {
        if (options.check(journey.answers()) == Eligibility.NORTHERN_IRELAND) {
            OptionsEndView.show(Eligibility.NORTHERN_IRELAND);
        } else if (journey.whereYouLive == WhereYouLive.ELSEWHERE) {
            getUI().ifPresent(ui -> ui.navigate(UkEmployerView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(OtherParentInUkView.class));
        }
    }
}
