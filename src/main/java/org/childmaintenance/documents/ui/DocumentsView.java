package org.childmaintenance.documents.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.documents.DecisionChallenges;
import org.childmaintenance.documents.DocumentService.DocumentItem;
import org.childmaintenance.documents.DocumentService;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.ActingForBanner;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.base.DisplayFormats;

/** "Documents": every letter, notice and statement of one case the person may see, newest first, to download. */
@Route(value = "documents/:caseId?([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE})
public class DocumentsView extends PortalPage implements BeforeEnterObserver {
    private final DocumentService documents;
    private final CaseService cases;
    private final Clock clock;
    private final ActingFor actingFor;
    private final AccessService access;

    public DocumentsView(DocumentService documents, CaseService cases, Clock clock, ActingFor actingFor,
                         AccessService access) {
        this.documents = documents;
        this.cases = cases;
        this.clock = clock;
        this.actingFor = actingFor;
        this.access = access;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading(getTranslation("documents.title"));
        var param = event.getRouteParameters().get("caseId");
        if (param.isPresent()) {
            long caseId = Long.parseLong(param.get());
            show(caseId, cases.sentApplication(caseId).reference());
            ActingForBanner.addTo(this, actingFor, caseId);
            personal();
            return;
        }
        List<CaseService.CaseSummary> mine = myCases();
        if (mine.size() == 1) {
            show(mine.getFirst().id(), mine.getFirst().reference());
        } else if (mine.isEmpty()) {
            paragraph(getTranslation("documents.noCase")).setId("no-case");
        } else {
            paragraph(getTranslation("documents.chooseCase"));
            UnorderedList list = new UnorderedList();
            list.addClassName("bullets");
            list.setId("case-list");
            for (CaseService.CaseSummary c : mine) {
                list.add(new ListItem(new RouterLink(getTranslation("documents.caseLink", c.reference()), DocumentsView.class,
                        new RouteParameters("caseId", Long.toString(c.id())))));
            }
            add(list);
        }
        personal();
    }

    /** The parent's own letters that belong to no case of theirs (e.g. an old-scheme case's closure letters). */
    private void personal() {
        List<DocumentItem> items = documents.personalDocuments();
        if (items.isEmpty()) {
            return;
        }
        add(new com.vaadin.flow.component.html.H2(getTranslation("documents.personal.heading")));
        DataTable table = new DataTable(getTranslation("documents.personal.caption"), getTranslation("documents.col.document"),
                getTranslation("documents.col.date"));
        table.setId("personal-documents");
        int i = 0;
        for (DocumentItem d : items) {
            Anchor link = new Anchor(d.personalHref(), getTranslation("documents.link", d.title()));
            link.setId("personal-document-" + i++);
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            table.rowOf(link, DisplayFormats.date(d.date().atZone(clock.getZone())));
        }
        add(table);
    }

    private List<CaseService.CaseSummary> myCases() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean parent = auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PARENT"));
        return parent ? cases.myCases() : List.of();
    }

    private void show(long caseId, String reference) {
        paragraph(getTranslation("documents.lead", reference)).setId("documents-case");
        if (access.mayActOnCase(caseId, CaseAction.DISPUTE)) { // a representative only with that scope (LC-16.2)
            Anchor lookAgain = new Anchor("disputes/case/" + caseId, getTranslation("documents.lookAgain")); // disputes feature
            lookAgain.setId("look-again-link");
            add(new com.vaadin.flow.component.html.Paragraph(lookAgain));
        }
        List<DocumentItem> items = documents.documents(caseId);
        if (items.isEmpty()) {
            paragraph(getTranslation("documents.none")).setId("no-documents");
            return;
        }
        DataTable table = new DataTable(getTranslation("documents.caption", reference), getTranslation("documents.col.document"),
                getTranslation("documents.col.date"));
        table.setId("documents");
        int i = 0;
        for (DocumentItem d : items) {
            Anchor link = new Anchor(d.href(caseId), getTranslation("documents.link", d.title()));
            link.setId("document-" + i++);
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            DecisionChallenges.Challenge challenge = d.challenge();
            Long decisionId = d.decisionId();
            Object first = challenge == null || decisionId == null ? link : decisionLetter(link, decisionId, challenge);
            table.rowOf(first, DisplayFormats.date(d.date().atZone(clock.getZone())));
        }
        add(table);
    }

    /**
     * A decision letter with its decision's date, the last day to ask us to look again (LC-14.2), and the
     * way to ask (for those who may; after the last day too, the journey asks why it is late).
     */
    private Div decisionLetter(Anchor link, long decisionId, DecisionChallenges.Challenge c) {
        String made = DisplayFormats.date(c.decisionDate());
        Div cell = new Div(link);
        Paragraph dates = new Paragraph(getTranslation("documents.decision.dates", made, DisplayFormats.date(c.lastDayToAsk())));
        dates.setId("decision-dates-" + decisionId);
        cell.add(dates);
        if (c.late() && c.action() == DecisionChallenges.Action.ASK) {
            Paragraph late = new Paragraph(getTranslation("documents.decision.late"));
            late.setId("decision-late-" + decisionId);
            cell.add(late);
        }
        String href = c.href();
        if (href != null && c.action() != DecisionChallenges.Action.NONE) {
            boolean ask = c.action() == DecisionChallenges.Action.ASK;
            Anchor action = new Anchor(href, getTranslation(ask ? "documents.decision.ask" : "documents.decision.nextSteps", made));
            action.setId((ask ? "ask-again-" : "next-steps-") + decisionId); // disputes feature
            cell.add(new Paragraph(action));
        }
        return cell;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("documents.title");
    }
}
