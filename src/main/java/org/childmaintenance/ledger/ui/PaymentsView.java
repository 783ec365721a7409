package org.childmaintenance.ledger.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.ledger.LedgerQueries;
import org.childmaintenance.ledger.LedgerViews.CaseSummary;

/** "Payments": the signed-in parent's cases that have a payment schedule, each linking to its payments. */
@Route(value = "payments", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class PaymentsView extends PortalPage {
    public PaymentsView(LedgerQueries ledger) {
        heading(getTranslation("ledger.list.title"));
        List<CaseSummary> cases = ledger.myCases();
        if (cases.isEmpty()) {
            paragraph(getTranslation("ledger.list.none"));
            return;
        }
        paragraph(getTranslation("ledger.list.lead"));
        DataTable table = new DataTable(getTranslation("ledger.list.caption"), getTranslation("ledger.list.case"),
                getTranslation("ledger.list.role"), getTranslation("ledger.list.service"));
        table.setId("cases-table");
        for (CaseSummary c : cases) {
            RouterLink link = new RouterLink(getTranslation("ledger.list.link", c.caseReference()), CasePaymentsView.class,
                    new RouteParameters(CasePaymentsView.CASE_ID, Long.toString(c.caseId())));
            table.rowOf(link, getTranslation("ledger.viewer." + c.viewer().name()),
                    getTranslation("ledger.service." + c.serviceType().name()));
        }
        add(table);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("ledger.list.title");
    }
}
