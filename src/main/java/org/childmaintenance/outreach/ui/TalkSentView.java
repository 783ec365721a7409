package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SafetySensitive;
import org.childmaintenance.outreach.OutreachViews.Submitted;

/**
 * Confirmation: the reference in a panel, what happens next, and how to check or cancel — a parent on
 * "Your requests for help", a visitor through the link we e-mailed (or by phone, quoting the reference).
 */
@Route(value = "talk-to-someone/sent", layout = MainLayout.class)
@AnonymousAllowed
public class TalkSentView extends PortalPage implements BeforeEnterObserver, SafetySensitive {
    private String title = "";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TalkJourney j = TalkJourney.current();
        Submitted sent = j.submitted;
        if (sent == null) {
            event.forwardTo(TalkStartView.class);
            return;
        }
        removeAll();
        String kind = sent.kind().name();
        title = getTranslation("outreach.sent.title." + kind);
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("confirmation");
        H1 h1 = new H1(title);
        h1.setId(HEADING_ID);
        h1.getElement().setAttribute("tabindex", "-1");
        Span reference = new Span(sent.reference());
        reference.setId("reference");
        reference.addClassName("panel__reference");
        panel.add(h1, new Paragraph(getTranslation("outreach.sent.reference")), reference);
        add(panel);
        add(new H2(getTranslation("outreach.sent.next")));
        paragraph(getTranslation("outreach.sent.nextBody." + kind));
        add(new H2(getTranslation("outreach.sent.changeTitle")));
        if (!TalkSteps.visitor()) {
            RouterLink mine = new RouterLink(getTranslation("outreach.sent.myRequests"), YourRequestsView.class);
            mine.setId("my-requests");
            add(new Paragraph(mine));
        } else if (sent.emailed()) {
            paragraph(getTranslation("outreach.sent.emailed", j.email)).setId("emailed");
        } else {
            paragraph(getTranslation("outreach.sent.noEmail")).setId("not-emailed");
        }
        paragraph(getTranslation("outreach.sent.phone"));
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
