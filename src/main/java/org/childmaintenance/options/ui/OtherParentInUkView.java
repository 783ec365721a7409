package org.childmaintenance.options.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.options.Answer;
import org.childmaintenance.options.WhereYouLive;

/** Options: does the other parent live in the UK? "I do not know" lets you carry on. */
@Route(value = "options/other-parent-in-uk", layout = MainLayout.class)
@AnonymousAllowed
public class OtherParentInUkView extends QuestionPage<Answer> {
    public OtherParentInUkView() {
        super("options.otherInUk", null, List.of(Answer.values()), WhereYouLiveView.class);
        radios.setHelperText(getTranslation("options.otherInUk.hint"));
    }

    @Override
    protected String caption(Answer item) {
        return getTranslation("options.answer." + item.name());
    }

    @Override
    protected boolean ready(OptionsJourney journey) {
        return journey.whereYouLive == WhereYouLive.GREAT_BRITAIN
                || (journey.whereYouLive == WhereYouLive.ELSEWHERE && journey.youWorkForUkEmployer == Answer.YES);
    }

    @Override
    protected Answer read(OptionsJourney journey) {
        return journey.otherParentInUk;
    }

    @Override
    protected void write(OptionsJourney journey, Answer value) {
        journey.otherParentInUk = value;
        if (value != Answer.NO) {
            journey.otherParentWorksForUkEmployer = null;
        }
    }

    @Override
    protected void next(OptionsJourney journey) {
        if (journey.otherParentInUk == Answer.NO) {
            getUI().ifPresent(ui -> ui.navigate(OtherParentEmployerView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(PayingOrReceivingView.class));
        }
    }
}
