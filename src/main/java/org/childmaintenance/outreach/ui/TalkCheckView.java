package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.outreach.HelpRequests;
import org.childmaintenance.outreach.OutreachViews.CentreInfo;
import org.childmaintenance.outreach.OutreachViews.SlotInfo;
import org.childmaintenance.outreach.OutreachViews.Submitted;
import org.childmaintenance.outreach.RequestKind;
import org.childmaintenance.outreach.Times;
import org.childmaintenance.outreach.UkPhone;
import org.childmaintenance.outreach.ui.TalkSteps.Step;
import org.springframework.security.access.AccessDeniedException;

/**
 * Check your answers, each with "Change" (which comes back here), then send: a call-back request, or
 * the booking — if someone took the time meanwhile, the person chooses another.
 */
@Route(value = "talk-to-someone/check", layout = MainLayout.class)
@AnonymousAllowed
public class TalkCheckView extends PortalPage implements BeforeEnterObserver, SafetySensitive {
    private final HelpRequests help;
    private final ErrorSummary summary = new ErrorSummary();
    private H1 h1 = new H1();

    public TalkCheckView(HelpRequests help) {
        this.help = help;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TalkJourney j = TalkJourney.current();
        if (!TalkSteps.reachable(j, Step.CHECK)) {
            event.forwardTo(TalkStartView.class);
            return;
        }
        removeAll();
        RouterLink back = new RouterLink(getTranslation("outreach.back"), TalkSteps.view(TalkSteps.previous(j, Step.CHECK)));
        back.setId("back-link");
        back.addClassName("back-link");
        add(back, summary);
        Paragraph caption = new Paragraph(getTranslation("outreach.caption"));
        caption.addClassName("caption");
        add(caption);
        h1 = heading(getTranslation("outreach.check.title"));
        SummaryList answers = new SummaryList();
        answers.setId("answers");
        boolean appointment = j.kind == RequestKind.APPOINTMENT;
        if (appointment) {
            CentreInfo centre = help.centres().stream().filter(c -> Objects.equals(c.id(), j.centreId)).findFirst().orElse(null);
            answers.row(getTranslation("outreach.check.centre"), centre == null ? "" : centre.name() + ", " + centre.address(),
                    change("centre", Step.CENTRE));
            SlotInfo slot = j.centreId == null ? null : help.freeSlots(j.centreId).stream()
                    .filter(s -> Objects.equals(s.id(), j.slotId)).findFirst().orElse(null);
            answers.row(getTranslation("outreach.check.slot"), slot == null ? getTranslation("outreach.check.slotGone")
                    : Times.slot(slot.date(), slot.start(), slot.minutes()), change("slot", Step.SLOT));
        }
        if (TalkSteps.visitor()) {
            answers.row(getTranslation("outreach.check.name"), j.fullName, change("name", Step.NAME));
            answers.row(getTranslation("outreach.check.email"), j.email == null || j.email.isEmpty()
                    ? getTranslation("outreach.check.notGiven") : j.email, change("email", Step.EMAIL));
        }
        if (!appointment) {
            answers.row(getTranslation("outreach.check.phone"), j.phone == null ? "" : UkPhone.display(j.phone),
                    change("phone", Step.PHONE));
            answers.row(getTranslation("outreach.check.message"), getTranslation(Boolean.TRUE.equals(j.messageOk)
                    ? "outreach.message.yes" : "outreach.message.no"), change("message", Step.MESSAGE));
            answers.row(getTranslation("outreach.check.times"), j.times.stream()
                    .map(t -> getTranslation("outreach.times." + t.name())).collect(Collectors.joining("; ")),
                    change("times", Step.TIMES));
        }
        String about = j.topic == null ? "" : getTranslation("outreach.topic." + j.topic.name());
        answers.row(getTranslation("outreach.check.about"), j.details == null || j.details.isEmpty() ? about
                : about + ": " + j.details, change("about", Step.ABOUT));
        add(answers);
        add(new H2(getTranslation(appointment ? "outreach.check.sendTitle.APPOINTMENT" : "outreach.check.sendTitle.CALL_BACK")));
        paragraph(getTranslation(appointment ? "outreach.check.sendLead.APPOINTMENT" : "outreach.check.sendLead.CALL_BACK"));
        add(Forms.primary("send", getTranslation(appointment ? "outreach.check.send.APPOINTMENT"
                : "outreach.check.send.CALL_BACK"), e -> send()));
    }

    private RouterLink change(String what, Step step) {
        RouterLink link = new RouterLink(getTranslation("outreach.check.change"), TalkSteps.view(step));
        link.setQueryParameters(TalkQuestion.changeLink());
        link.setId("change-" + what);
        return link;
    }

    private void send() {
        TalkJourney j = TalkJourney.current();
        try {
            Submitted sent = j.kind == RequestKind.APPOINTMENT ? help.bookAppointment(j.appointment())
                    : help.askForCallBack(j.callBack());
            j.sent(sent);
            getUI().ifPresent(ui -> ui.navigate(TalkSentView.class));
        } catch (UserFacingException e) {
            boolean slotGone = e.fieldErrors().stream().anyMatch(f -> f.field().equals("slot"));
            if (slotGone) {
                j.slotId = null;
            }
            Map<Component, String> errors = new LinkedHashMap<>();
            errors.put(h1, getTranslation(e.fieldErrors().isEmpty() ? e.getMessage() : e.fieldErrors().getFirst().message()));
            summary.show(errors);
            setShowingErrors(true);
            if (slotGone) {
                RouterLink choose = new RouterLink(getTranslation("outreach.check.chooseAgain"), SlotView.class);
                choose.setId("choose-again");
                addComponentAtIndex(indexOf(h1) + 1, new Paragraph(choose));
            }
        } catch (AccessDeniedException e) {
            summary.show(Map.of(h1, getTranslation("outreach.how.parentsOnly")));
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("outreach.check.title");
    }
}
