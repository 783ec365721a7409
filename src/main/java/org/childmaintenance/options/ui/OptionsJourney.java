package org.childmaintenance.options.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import org.childmaintenance.options.Answer;
import org.childmaintenance.options.EligibilityAnswers;
import org.childmaintenance.options.ParentRole;
import org.childmaintenance.options.WhereYouLive;

/**
 * Answers given so far in the options journey, kept in the browser session only. The safety answer
 * lives here just long enough to choose what to show; it is never sent to a service or stored.
 */
class OptionsJourney implements Serializable {
    enum Safety { YES, NO, PREFER_NOT_TO_SAY }

    enum Choice { FAMILY_ARRANGEMENT, STATUTORY_SERVICE, MORE_INFORMATION }

    WhereYouLive whereYouLive;
    Answer youWorkForUkEmployer;
    Answer otherParentInUk;
    Answer otherParentWorksForUkEmployer;
    ParentRole role;
    Answer courtOrder;
    Answer childrenEligible;
    Safety safety;
    Choice choice;
    String reference;

    static OptionsJourney current() {
        VaadinSession session = VaadinSession.getCurrent();
        OptionsJourney journey = session.getAttribute(OptionsJourney.class);
        if (journey == null) {
            journey = new OptionsJourney();
            session.setAttribute(OptionsJourney.class, journey);
        }
        return journey;
    }

    EligibilityAnswers answers() {
        return new EligibilityAnswers(whereYouLive, youWorkForUkEmployer, otherParentInUk, otherParentWorksForUkEmployer,
                role, courtOrder, childrenEligible);
    }

    boolean unsafe() {
        return safety == Safety.YES;
    }
}
