package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.outreach.RequestKind;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The order of the "Talk to someone" questions: a call-back asks for the phone number, whether a message
 * is safe and when to call; an appointment asks for a centre and a time; a visitor who is not signed in
 * also gives a name and an e-mail address. A question can be reached only when those before it have
 * answers (otherwise the person starts again).
 */
final class TalkSteps {
    enum Step { HOW, CENTRE, SLOT, NAME, EMAIL, PHONE, MESSAGE, TIMES, ABOUT, CHECK }

    private TalkSteps() {
    }

    static boolean visitor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
    }

    static List<Step> steps(TalkJourney j) {
        List<Step> steps = new ArrayList<>(List.of(Step.HOW));
        boolean visitor = visitor();
        if (j.kind == RequestKind.APPOINTMENT) {
            steps.addAll(List.of(Step.CENTRE, Step.SLOT));
        }
        if (visitor) {
            steps.addAll(List.of(Step.NAME, Step.EMAIL));
        }
        if (j.kind != RequestKind.APPOINTMENT) {
            steps.addAll(List.of(Step.PHONE, Step.MESSAGE, Step.TIMES));
        }
        steps.addAll(List.of(Step.ABOUT, Step.CHECK));
        return steps;
    }

    /** Whether the person has answered this question (the e-mail of a call-back may stay blank). */
    static boolean answered(TalkJourney j, Step s) {
        return switch (s) {
            case HOW -> j.kind != null;
            case CENTRE -> j.centreId != null;
            case SLOT -> j.slotId != null;
            case NAME -> j.fullName != null;
            case EMAIL -> j.email != null;
            case PHONE -> j.phone != null;
            case MESSAGE -> j.messageOk != null;
            case TIMES -> !j.times.isEmpty();
            case ABOUT -> j.topic != null;
            case CHECK -> false;
        };
    }

    static boolean reachable(TalkJourney j, Step step) {
        List<Step> steps = steps(j);
        int at = steps.indexOf(step);
        return at >= 0 && steps.subList(0, at).stream().allMatch(s -> answered(j, s));
    }

    static Step next(TalkJourney j, Step step) {
        List<Step> steps = steps(j);
        return steps.get(Math.min(steps.indexOf(step) + 1, steps.size() - 1));
    }

    static Step previous(TalkJourney j, Step step) {
        List<Step> steps = steps(j);
        return steps.get(Math.max(steps.indexOf(step) - 1, 0));
    }

    static Class<? extends Component> view(Step s) {
        return switch (s) {
            case HOW -> TalkStartView.class;
            case CENTRE -> CentreView.class;
            case SLOT -> SlotView.class;
            case NAME -> NameView.class;
            case EMAIL -> EmailView.class;
            case PHONE -> PhoneView.class;
            case MESSAGE -> MessageView.class;
            case TIMES -> TimesView.class;
            case ABOUT -> AboutView.class;
            case CHECK -> TalkCheckView.class;
        };
    }
}
