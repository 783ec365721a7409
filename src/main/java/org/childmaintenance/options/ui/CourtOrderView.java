package org.childmaintenance.options.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.options.Answer;
import org.childmaintenance.options.Eligibility;
import org.childmaintenance.options.OptionsService;

/** Options: has a court decided child maintenance in the last 12 months? (LC-2.2) */
@Route(value = "options/court-order", layout = MainLayout.class)
@AnonymousAllowed
public class CourtOrderView extends QuestionPage<Answer> {
    private final OptionsService options;

    public CourtOrderView(OptionsService options) {
        super("options.court", null, List.of(Answer.YES, Answer.NO), PayingOrReceivingView.class);
        this.options = options;
        radios.setHelperText(getTranslation("options.court.hint"));
    }

    @Override
    protected String caption(Answer item) {
        return getTranslation("options.answer." + item.name());
    }

    @Override
    protected boolean ready(OptionsJourney journey) {
        return journey.role != null;
    }

    @Override
    protected Answer read(OptionsJourney journey) {
        return journey.courtOrder;
    }

    @Override
    protected void write(OptionsJourney journey, Answer value) {
        journey.courtOrder = value;
    }

    @Override
    protected void next(OptionsJourney journey) {
        if (options.check(journey.answers()) == Eligibility.RECENT_COURT_ORDER) {
            OptionsEndView.show(Eligibility.RECENT_COURT_ORDER);
        } else {
            getUI().ifPresent(ui -> ui.navigate(ChildrenView.class));
        }
    }
}
