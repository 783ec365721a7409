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
public class OtherParentEmployerView extends UkEmployerQuestion {

    public OtherParentEmployerView(OptionsService options) {
        super("options.otherEmployer", List.of(Answer.values()), OtherParentInUkView.class, options,
                Eligibility.OTHER_PARENT_NOT_IN_UK, PayingOrReceivingView.class);
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
}
