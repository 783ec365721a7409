package org.childmaintenance.options.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.options.Answer;
import org.childmaintenance.options.ui.OptionsJourney.Safety;

/**
 * Options: domestic abuse (journeys.md §4). Asked only to signpost: the answer stays in the browser
 * session to choose what we show, and is never stored or shared (LC-17.4).
 */
@Route(value = "options/safety", layout = MainLayout.class)
@AnonymousAllowed
public class SafetyView extends QuestionPage<Safety> {
    public SafetyView() {
        super("options.safety", null, List.of(Safety.values()), ChildrenView.class);
        intro.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("options.safety.intro")));
        intro.add(Pages.bullets(getTranslation("options.safety.1"), getTranslation("options.safety.2"),
                getTranslation("options.safety.3"), getTranslation("options.safety.4"),
                getTranslation("options.safety.5")));
        intro.add(Pages.inset(getTranslation("options.safety.private")));
    }

    @Override
    protected String caption(Safety item) {
        return getTranslation("options.safety." + item.name());
    }

    @Override
    protected boolean ready(OptionsJourney journey) {
        return journey.childrenEligible == Answer.YES;
    }

    @Override
    protected Safety read(OptionsJourney journey) {
        return journey.safety;
    }

    @Override
    protected void write(OptionsJourney journey, Safety value) {
        journey.safety = value;
    }

    @Override
    protected void next(OptionsJourney journey) {
        if (journey.safety == Safety.YES) {
            getUI().ifPresent(ui -> ui.navigate(SupportView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ChoicesView.class));
        }
    }
}
