package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.html.Paragraph;
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
import org.jspecify.annotations.Nullable;

/** Casework: reconsiderations waiting for an outcome, oldest first, with their dates and who has taken each. */
@Route(value = "casework/reconsiderations", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class ReconsiderationQueueView extends PortalPage {
    private final ReconsiderationCasework casework;

    public ReconsiderationQueueView(ReconsiderationCasework casework) {
        this.casework = casework;
        render(null);
    }

    private void render(@Nullable String message) {
        removeAll();
        heading(getTranslation("disputes.cw.queueTitle"));
        Paragraph status = paragraph(message == null ? "" : message);
        status.setId("queue-status");
        status.getElement().setAttribute("role", "status");
        List<ReconsiderationCasework.QueueItem> items = casework.queue();
        if (items.isEmpty()) {
            paragraph(getTranslation("disputes.cw.queueEmpty")).setId("queue-empty");
            return;
        }
        DataTable table = new DataTable(getTranslation("disputes.cw.queueTitle"), getTranslation("disputes.cw.case"),
                getTranslation("disputes.cw.askedBy"), getTranslation("disputes.cw.received"),
                getTranslation("disputes.cw.lastDay"), getTranslation("disputes.cw.otherUntil"),
                getTranslation("disputes.ui.status"), getTranslation("disputes.assign.column"));
        table.setId("reconsiderations");
        for (ReconsiderationCasework.QueueItem i : items) {
            RouterLink link = new RouterLink(i.caseReference(), ReconsiderationCaseworkView.class,
                    new RouteParameters("id", Long.toString(i.id())));
            link.setId("reconsideration-" + i.id());
            table.rowOf(link, getTranslation("disputes.cw.role." + i.askedBy().name()), DisputeViews.date(i.requestedAt()),
                    DisputeViews.date(i.lastDayToAsk()) + (i.late() ? " " + getTranslation("disputes.cw.late") : ""),
                    DisputeViews.date(i.otherParentUntil()), getTranslation("disputes.status." + i.status().name()),
                    Assignment.cell(this, "reconsideration-" + i.id(), i.caseReference(), i.assigned(), i.assignedToMe(),
                            () -> casework.assignToMe(i.id()), this::render));
        }
        add(table);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("disputes.cw.queueTitle");
    }
}
