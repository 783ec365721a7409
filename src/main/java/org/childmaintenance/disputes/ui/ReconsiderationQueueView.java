package org.childmaintenance.disputes.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.disputes.ReconsiderationCasework;
import org.childmaintenance.identity.Roles;

/** Casework: reconsiderations waiting for an outcome, oldest first, with their dates. */
@Route(value = "casework/reconsiderations", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class ReconsiderationQueueView extends PortalPage {
    public ReconsiderationQueueView(ReconsiderationCasework casework) {
        heading(getTranslation("disputes.cw.queueTitle"));
        List<ReconsiderationCasework.QueueItem> items = casework.queue();
        if (items.isEmpty()) {
            paragraph(getTranslation("disputes.cw.queueEmpty")).setId("queue-empty");
            return;
        }
        DataTable table = new DataTable(getTranslation("disputes.cw.queueTitle"), getTranslation("disputes.cw.case"),
                getTranslation("disputes.cw.askedBy"), getTranslation("disputes.cw.received"),
                getTranslation("disputes.cw.lastDay"), getTranslation("disputes.cw.otherUntil"), getTranslation("disputes.ui.status"));
        table.setId("reconsiderations");
        for (ReconsiderationCasework.QueueItem i : items) {
            RouterLink link = new RouterLink(i.caseReference(), ReconsiderationCaseworkView.class,
                    new RouteParameters("id", Long.toString(i.id())));
            link.setId("reconsideration-" + i.id());
            table.rowOf(link, getTranslation("disputes.cw.role." + i.askedBy().name()), DisputeViews.date(i.requestedAt()),
                    DisputeViews.date(i.lastDayToAsk()) + (i.late() ? " " + getTranslation("disputes.cw.late") : ""),
                    DisputeViews.date(i.otherParentUntil()), getTranslation("disputes.status." + i.status().name()));
        }
        add(table);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("disputes.cw.queueTitle");
    }
}
