package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.ChangeKind;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.identity.ActingForBanner;

/** Report a change: the changes of case-lifecycle.md §10 this parent can report, each its own short journey. */
@Route(value = "report-a-change/:caseId?", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE})
public class ReportChangeView extends PortalPage implements BeforeEnterObserver {
    private final CaseService cases;
    private final ActingFor actingFor;

    public ReportChangeView(CaseService cases, ActingFor actingFor) {
        this.cases = cases;
        this.actingFor = actingFor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (event.getRouteParameters().get("caseId").isEmpty() && actingFor.isRepresentative()) {
            event.forwardTo("my-clients"); // a representative picks the client first
            return;
        }
        heading(getTranslation("change.title"));
        if (event.getRouteParameters().get("caseId").isEmpty()) {
            List<CaseService.CaseSummary> mine = cases.myCases().stream()
                    .filter(c -> c.status() != org.childmaintenance.cases.CaseStatus.CLOSED).toList();
            if (mine.size() == 1) {
                showKinds(mine.getFirst().id());
            } else if (mine.isEmpty()) {
                paragraph(getTranslation("change.noCase"));
            } else {
                paragraph(getTranslation("change.whichCase"));
                UnorderedList list = new UnorderedList();
                list.addClassName("bullets");
                mine.forEach(c -> list.add(new ListItem(new RouterLink(c.reference() + " (" + String.join(", ", c.childNames()) + ")",
                        ReportChangeView.class, new RouteParameters("caseId", Long.toString(c.id()))))));
                add(list);
            }
            return;
        }
        long id = CaseViews.caseId(event);
        CaseViews.load(event, () -> showKinds(id));
    }

    private void showKinds(long caseId) {
        List<ChangeKind> kinds = cases.changesICanReport(caseId);
        ActingForBanner.addTo(this, actingFor, caseId);
        lead(getTranslation("change.lead"));
        String[][] groups = {
                {"change.group.money", "INCOME", "EMPLOYMENT", "BENEFITS", "SERVICE_TYPE", "BANK"},
                {"change.group.children", "SHARED_CARE", "CHILD_ADDED", "CHILD_LEFT_EDUCATION", "CHILD_TURNED_20", "CHILD_LEFT_UK", "OTHER_CHILDREN"},
                {"change.group.details", "ADDRESS", "PHONE"},
                {"change.group.case", "CLOSE"}};
        for (String[] group : groups) {
            UnorderedList list = new UnorderedList();
            list.addClassName("bullets");
            for (int i = 1; i < group.length; i++) {
                ChangeKind k = ChangeKind.valueOf(group[i]);
                if (kinds.contains(k)) {
                    RouterLink link = new RouterLink(getTranslation("changeKind." + k.name()), ChangeView.class,
                            new RouteParameters(java.util.Map.of("caseId", Long.toString(caseId), "kind", k.slug())));
                    link.setId("change-" + k.slug());
                    list.add(new ListItem(link));
                }
            }
            if (list.getComponentCount() > 0) {
                add(new H2(getTranslation(group[0])), list);
            }
        }
        if (kinds.stream().noneMatch(k -> k == ChangeKind.SHARED_CARE)) {
            paragraph(getTranslation("change.afterDecision"));
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("change.title");
    }
}
