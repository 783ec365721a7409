package org.childmaintenance.options.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.options.Answer;
import org.childmaintenance.options.Eligibility;
import org.childmaintenance.options.OptionsService;

/** Options: is at least one child a qualifying child (under 16, or under 20 in approved education)? */
@Route(value = "options/children", layout = MainLayout.class)
@AnonymousAllowed
public class ChildrenView extends QuestionPage<Answer> {
    private final OptionsService options;

    public ChildrenView(OptionsService options) {
        super("options.children", null, List.of(Answer.YES, Answer.NO), CourtOrderView.class);
        this.options = options;
        radios.setHelperText(getTranslation("options.children.hint"));
    }

    @Override
    protected String caption(Answer item) {
        return getTranslation("options.answer." + item.name());
    }

    @Override
    protected boolean ready(OptionsJourney journey) {
        return journey.courtOrder == Answer.NO;
    }

    @Override
    protected Answer read(OptionsJourney journey) {
        return journey.childrenEligible;
    }

    @Override
    protected void write(OptionsJourney journey, Answer value) {
        journey.childrenEligible = value;
    }

    @Override
    protected void next(OptionsJourney journey) {
        if (options.check(journey.answers()) == Eligibility.CHILDREN_NOT_ELIGIBLE) {
            OptionsEndView.show(Eligibility.CHILDREN_NOT_ELIGIBLE);
        } else {
            getUI().ifPresent(ui -> ui.navigate(SafetyView.class));
        }
    }
}
