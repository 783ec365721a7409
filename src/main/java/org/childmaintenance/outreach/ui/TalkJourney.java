package org.childmaintenance.outreach.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.childmaintenance.outreach.CallTime;
import org.childmaintenance.outreach.OutreachViews.AppointmentAnswers;
import org.childmaintenance.outreach.OutreachViews.CallBackAnswers;
import org.childmaintenance.outreach.OutreachViews.Submitted;
import org.childmaintenance.outreach.RequestKind;
import org.childmaintenance.outreach.Topic;
import org.jspecify.annotations.Nullable;

/**
 * The answers of "Talk to someone" so far, in the browser session only until the person sends them
 * (the service checks them all again). Cleared when they are sent; the reference stays for the
 * confirmation page.
 */
class TalkJourney implements Serializable {
    @Nullable RequestKind kind;
    @Nullable String from;
    @Nullable String fullName;
    @Nullable String email;
    @Nullable String phone;
    @Nullable Boolean messageOk;
    Set<CallTime> times = EnumSet.noneOf(CallTime.class);
    @Nullable Long centreId;
    @Nullable Long slotId;
    @Nullable Topic topic;
    @Nullable String details;
    @Nullable Submitted submitted;

    static TalkJourney current() {
        VaadinSession session = VaadinSession.getCurrent();
        TalkJourney journey = session.getAttribute(TalkJourney.class);
        if (journey == null) {
            journey = new TalkJourney();
            session.setAttribute(TalkJourney.class, journey);
        }
        return journey;
    }

    /** Forgets the answers once sent, keeping what the confirmation page shows. */
    void sent(Submitted result) {
        TalkJourney fresh = new TalkJourney();
        fresh.submitted = result;
        fresh.kind = result.kind();
        fresh.email = email;
        VaadinSession.getCurrent().setAttribute(TalkJourney.class, fresh);
    }

    /** A new choice of how to talk starts the other answers again (the name and e-mail are kept). */
    void choose(RequestKind chosen) {
        if (kind != chosen) {
            kind = chosen;
            centreId = null;
            slotId = null;
            phone = null;
            messageOk = null;
            times = EnumSet.noneOf(CallTime.class);
        }
        submitted = null;
    }

    CallBackAnswers callBack() {
        return new CallBackAnswers(fullName, email, phone, times, topic, details, messageOk, from);
    }

    AppointmentAnswers appointment() {
        return new AppointmentAnswers(fullName, email, slotId, topic, details, from);
    }
}
