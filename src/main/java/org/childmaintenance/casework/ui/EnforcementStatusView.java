package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.casework.EnforcementActions;
import org.childmaintenance.casework.EnforcementActions.ParentView;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.ActingForBanner;
import org.childmaintenance.identity.Roles;

/**
 * A parent's view of enforcement on their case (LC-12.6): the paying parent sees each action with its
 * dates and charge; the receiving parent only that we are taking action to collect missed payments, and since when.
 */
@Route(value = "case/:caseId([0-9]+)/enforcement", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE})
public class EnforcementStatusView extends PortalPage implements BeforeEnterObserver {
    private final EnforcementActions enforcement;
    private final ActingFor actingFor;

    public EnforcementStatusView(EnforcementActions enforcement, ActingFor actingFor) {
        this.enforcement = enforcement;
        this.actingFor = actingFor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long caseId = event.getRouteParameters().getLong("caseId").orElseThrow(NotFoundException::new);
        ParentView v = enforcement.forParent(caseId);
        removeAll();
        heading(getTranslation("enforcement.title"));
        ActingForBanner.addTo(this, actingFor, caseId); // a representative sees for whom they act
        if (!v.paying()) {
            paragraph(v.actionUnderWay() ? getTranslation("enforcement.receiving.underWay", CaseRecordView.date(v.since()))
                    : getTranslation("enforcement.receiving.none")).setId("enforcement-status");
            return;
        }
        if (v.actions().isEmpty()) {
            paragraph(getTranslation("enforcement.paying.none")).setId("enforcement-status");
            return;
        }
        paragraph(getTranslation("enforcement.paying.lead")).setId("enforcement-status");
        DataTable t = new DataTable(getTranslation("enforcement.title"), getTranslation("desk.col.action"),
                getTranslation("desk.col.status"), getTranslation("desk.enforcement.dates"),
                getTranslation("desk.enforcement.charge"));
        t.setId("enforcement-actions");
        v.actions().forEach(a -> t.row(EnforcementPanel.kindText(this, a),
                getTranslation("desk.enforcement.status." + a.status()),
                CaseRecordView.date(a.startedOn()) + (a.endedOn() == null ? "" : " – " + CaseRecordView.date(a.endedOn())),
                MoneyText.format(a.charge()) + (a.chargeReversed() ? " " + getTranslation("desk.enforcement.reversed") : "")));
        add(t);
        DataTable after = LiabilityOutcomesPanel.table(this, v.actions(), false);
        if (after != null) {
            // LC-12.4 step 6, plainly: which later step and when; the caseworker's reasons stay with casework
            add(new H2(getTranslation("enforcement.outcome.heading")));
            paragraph(getTranslation("enforcement.outcome.lead")).setId("outcomes-lead");
            add(after);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("enforcement.title");
    }
}
