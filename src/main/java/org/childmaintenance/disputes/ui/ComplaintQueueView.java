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
import org.childmaintenance.disputes.ComplaintService;
import org.childmaintenance.identity.Roles;
import org.jspecify.annotations.Nullable;

/** Casework: complaints waiting for an answer or a review, oldest first, with their target dates and who has taken each. */
@Route(value = "casework/complaints", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class ComplaintQueueView extends PortalPage {
    private final ComplaintService complaints;

    public ComplaintQueueView(ComplaintService complaints) {
        this.complaints = complaints;
        render(null);
    }

    private void render(@Nullable String message) {
        removeAll();
        heading(getTranslation("complaints.cw.queueTitle"));
        Paragraph status = paragraph(message == null ? "" : message);
        status.setId("queue-status");
        status.getElement().setAttribute("role", "status");
        List<ComplaintService.QueueItem> items = complaints.queue();
        if (items.isEmpty()) {
            paragraph(getTranslation("complaints.cw.queueEmpty")).setId("queue-empty");
            return;
        }
        DataTable table = new DataTable(getTranslation("complaints.cw.queueTitle"), getTranslation("complaints.ui.reference"),
                getTranslation("complaints.ui.category"), getTranslation("complaints.ui.made"),
                getTranslation("complaints.ui.status"), getTranslation("complaints.ui.target"),
                getTranslation("disputes.assign.column"));
        table.setId("complaints");
        for (ComplaintService.QueueItem item : items) {
            ComplaintService.ComplaintView c = item.complaint();
            RouterLink link = new RouterLink(c.reference(), ComplaintCaseworkView.class,
                    new RouteParameters("id", Long.toString(c.id())));
            link.setId("complaint-" + c.id());
            table.rowOf(link, getTranslation("complaints.category." + c.category().name()), DisputeViews.date(c.createdAt()),
                    getTranslation("complaints.status." + c.status().name()), DisputeViews.date(c.targetDate()),
                    Assignment.cell(this, "complaint-" + c.id(), c.reference(), item.assigned(), item.assignedToMe(),
                            () -> complaints.assignToMe(c.id()), this::render));
        }
        add(table);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("complaints.cw.queueTitle");
    }
}
