package org.childmaintenance.options.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.options.Answer;
import org.childmaintenance.options.ParentRole;

/** Options: paying or receiving? Only changes the words of later pages. */
@Route(value = "options/paying-or-receiving", layout = MainLayout.class)
@AnonymousAllowed
public class PayingOrReceivingView extends QuestionPage<ParentRole> {
    public PayingOrReceivingView() {
        super("options.role", null, List.of(ParentRole.values()), OtherParentInUkView.class);
    }

    @Override
    protected String caption(ParentRole item) {
        return getTranslation("options.role." + item.name());
    }

    @Override
    protected boolean ready(OptionsJourney journey) {
        return journey.otherParentInUk != null
                && (journey.otherParentInUk != Answer.NO || journey.otherParentWorksForUkEmployer == Answer.YES);
    }

    @Override
    protected ParentRole read(OptionsJourney journey) {
        return journey.role;
    }

    @Override
    protected void write(OptionsJourney journey, ParentRole value) {
        journey.role = value;
    }

    @Override
    protected void next(OptionsJourney journey) {
        getUI().ifPresent(ui -> ui.navigate(CourtOrderView.class));
    }
}
