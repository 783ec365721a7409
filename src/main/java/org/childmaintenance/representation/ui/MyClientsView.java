package org.childmaintenance.representation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.representation.RepresentationScope;
import org.childmaintenance.representation.RepresentationService;
import org.childmaintenance.representation.RepresentationService.Client;
import org.childmaintenance.representation.RepresentationStatus;
import org.childmaintenance.base.DisplayFormats;

/**
 * "My clients": every parent who has nominated the representative, with the case reference, the
 * scope, the end date, what needs attention and links to the pages the scope allows.
 */
@Route(value = "my-clients", layout = MainLayout.class)
@RolesAllowed(Roles.REPRESENTATIVE)
public class MyClientsView extends PortalPage {
    private final RepresentationService service;

    public MyClientsView(RepresentationService service) {
        this.service = service;
        render(null);
    }

    static String date(LocalDate d) {
        return DisplayFormats.date(d);
    }

    private void render(String done) {
        removeAll();
        if (done != null) {
            Div banner = new Div(new H2(done));
            banner.setId("reps-done");
            banner.addClassName("banner");
            banner.getElement().setAttribute("role", "status");
            add(banner);
        }
        heading(getTranslation("reps.clients.title"));
        List<Client> clients = service.myClients();
        if (clients.isEmpty()) {
            paragraph(getTranslation("reps.clients.none"));
            return;
        }
        Div list = new Div();
        list.setId("clients");
        for (Client c : clients) {
            Div go = new Div();
            if (c.status() == RepresentationStatus.INVITED) {
                Button accept = new Button(getTranslation("reps.clients.accept", c.parentName()), e -> {
                    try {
                        service.acceptInvitation(c.id());
                        render(getTranslation("reps.accept.done", c.parentName()));
                    } catch (UserFacingException ex) {
                        render(getTranslation(ex.getMessage()));
                    }
                });
                accept.setId("accept-" + c.id());
                go.add(accept);
            } else if (c.inForce()) {
                UnorderedList links = new UnorderedList();
                links.add(new ListItem(link("client-case-" + c.caseId(), "my-case/" + c.caseId(), "reps.clients.case")));
                links.add(new ListItem(link("client-payments-" + c.caseId(), "payments/" + c.caseId(), "reps.clients.payments")));
                if (c.scope().actions().contains(CaseAction.REPORT_CHANGE)) {
                    links.add(new ListItem(link("client-change-" + c.caseId(), "report-a-change/" + c.caseId(), "reps.clients.change")));
                }
                if (c.scope().actions().contains(CaseAction.DISPUTE)) {
                    links.add(new ListItem(link("client-disputes-" + c.caseId(), "disputes/case/" + c.caseId(),
                            "reps.clients.disputes")));
                }
                if (c.scope().actions().contains(CaseAction.MESSAGES)) {
                    links.add(new ListItem(link("client-messages-" + c.caseId(), "messages", "reps.clients.messages")));
                }
                links.addClassName("bullets");
                go.add(links);
            }
            if (c.status() != RepresentationStatus.INVITED && c.scope() != RepresentationScope.LEGAL_AUTHORITY) {
                go.add(new com.vaadin.flow.component.html.Paragraph(
                        link("client-legal-" + c.id(), "my-clients/" + c.id() + "/legal-authority", "reps.clients.legal")));
            }
            SummaryList facts = new SummaryList();
            facts.row(getTranslation("reps.who.case"), c.caseReference(), null);
            facts.row(getTranslation("reps.who.scope"), getTranslation("reps.scope." + c.scope().name()), null);
            facts.row(getTranslation("reps.who.until"), c.endsOn() == null ? getTranslation("reps.who.noEnd") : date(c.endsOn()), null);
            facts.row(getTranslation("reps.clients.attention"),
                    c.attention().isEmpty() ? getTranslation("reps.attention.none") : String.join(" ", c.attention()), null);
            list.add(new H2(c.parentName()), facts, go);
        }
        add(list);
    }

    private Anchor link(String id, String href, String key) {
        Anchor a = new Anchor(href, getTranslation(key));
        a.setId(id);
        return a;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("reps.clients.title");
    }
}
