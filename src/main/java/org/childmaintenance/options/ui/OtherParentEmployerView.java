package org.childmaintenance.options.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.options.Answer;
import org.childmaintenance.options.Eligibility;
import org.childmaintenance.options.OptionsService;

/** Options: the other parent lives abroad. Do they work for a listed UK employer? */
@Route(value = "options/other-parent-employer", layout = MainLayout.class)
@AnonymousAllowed
public class OtherParentEmployerView extends QuestionPage<Answer> {
    private final OptionsService options;

    public OtherParentEmployerView(OptionsService options) {
        super("options.otherEmployer", null, List.of(Answer.values()), OtherParentInUkView.class);
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
        return journey.otherParentInUk == Answer.NO;
    }

    @Override
    protected Answer read(OptionsJourney journey) {
        return journey.otherParentWorksForUkEmployer;
    }

    @Override
    protected void write(OptionsJourney journey, Answer value) {
        journey.otherParentWorksForUkEmployer = value;
    }

    @Override
    protected void next(OptionsJourney journey) {
        if (options.check(journey.answers()) == Eligibility.OTHER_PARENT_NOT_IN_UK) {
            OptionsEndView.show(Eligibility.OTHER_PARENT_NOT_IN_UK);
        } else {
            getUI().ifPresent(ui -> ui.navigate(PayingOrReceivingView.class));
        }
    }
}
