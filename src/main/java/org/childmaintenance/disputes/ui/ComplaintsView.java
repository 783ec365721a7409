package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.disputes.ComplaintService;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.ActingForBanner;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.Roles;
import org.jspecify.annotations.Nullable;

/**
 * "Complaints": the complainant's own complaints with their status and answer dates, and "Make a
 * complaint". Parents and representatives see those about one case; employer users their own.
 */
@Route(value = "complaints/:caseId?", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE, Roles.EMPLOYER})
public class ComplaintsView extends PortalPage implements BeforeEnterObserver {
    private final ComplaintService complaints;
    private final CaseService cases;
    private final CurrentUser currentUser;
    private final ActingFor actingFor;

    public ComplaintsView(ComplaintService complaints, CaseService cases, CurrentUser currentUser, ActingFor actingFor) {
        this.actingFor = actingFor;
        this.complaints = complaints;
        this.cases = cases;
        this.currentUser = currentUser;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("complaints.ui.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading(getTranslation("complaints.ui.title"));
        lead(getTranslation("complaints.ui.lead"));
        Long caseId = DisputeViews.optionalId(event, "caseId");
        if (caseId == null && !currentUser.hasRole(Roles.EMPLOYER)) {
            List<CaseService.CaseSummary> mine = cases.myCases();
            if (mine.size() == 1) {
                event.forwardTo(ComplaintsView.class, new RouteParameters("caseId", Long.toString(mine.getFirst().id())));
                return;
            }
            paragraph(getTranslation(mine.isEmpty() ? "complaints.ui.noCase" : "complaints.ui.whichCase"));
            UnorderedList list = new UnorderedList();
            list.addClassName("bullets");
            mine.forEach(c -> list.add(new ListItem(new RouterLink(c.reference(), ComplaintsView.class,
                    new RouteParameters("caseId", Long.toString(c.id()))))));
            add(list);
            return;
        }
        DisputeViews.load(event, () -> {
            show(caseId, complaints.myComplaints(caseId));
            if (caseId != null) {
                ActingForBanner.addTo(this, actingFor, caseId);
            }
        });
    }

    private void show(@Nullable Long caseId, List<ComplaintService.ComplaintView> mine) {
        RouterLink make = new RouterLink(getTranslation("complaints.ui.make"), NewComplaintView.class,
                caseId == null ? RouteParameters.empty() : new RouteParameters("caseId", Long.toString(caseId)));
        make.setId("make-complaint");
        make.addClassName("button-link");
        add(new Paragraph(make));
        if (mine.isEmpty()) {
            paragraph(getTranslation("complaints.ui.none")).setId("no-complaints");
            return;
        }
        DataTable table = new DataTable(getTranslation("complaints.ui.yours"), getTranslation("complaints.ui.reference"),
                getTranslation("complaints.ui.category"), getTranslation("complaints.ui.made"),
                getTranslation("complaints.ui.status"), getTranslation("complaints.ui.target"));
        table.setId("complaints");
        for (ComplaintService.ComplaintView c : mine) {
            RouterLink link = new RouterLink(c.reference(), ComplaintView.class, ComplaintView.params(c.id(), caseId));
            table.rowOf(link, getTranslation("complaints.category." + c.category().name()), DisputeViews.date(c.createdAt()),
                    getTranslation("complaints.status." + c.status().name()),
                    c.status() == org.childmaintenance.disputes.ComplaintStatus.FINAL_RESPONSE ? ""
                            : DisputeViews.date(c.targetDate()));
        }
        add(table);
    }
}
