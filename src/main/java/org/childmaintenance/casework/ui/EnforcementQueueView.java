package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.casework.EnforcementQueue;
import org.childmaintenance.casework.EnforcementQueue.DueItem;
import org.childmaintenance.identity.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Casework: enforcement actions due a next step (still active, the next step's earliest date come, the case
 * still in arrears), the one due longest first, with "Assign to me".
 */
@Route(value = "casework/enforcement", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class EnforcementQueueView extends PortalPage {
    private final EnforcementQueue queue;

    public EnforcementQueueView(EnforcementQueue queue) {
        this.queue = queue;
        render(null);
    }

    private void render(@Nullable String message) {
        removeAll();
        heading(getTranslation("desk.queue.enforcementDue"));
        Paragraph status = paragraph(message == null ? "" : message);
        status.setId("queue-status");
        status.getElement().setAttribute("role", "status");
        paragraph(getTranslation("desk.enfQueue.lead")).setId("queue-lead");
        List<DueItem> items = queue.due();
        if (items.isEmpty()) {
            paragraph(getTranslation("desk.enfQueue.empty")).setId("queue-empty");
            return;
        }
        DataTable table = new DataTable(getTranslation("desk.queue.enforcementDue"), getTranslation("desk.col.case"),
                getTranslation("desk.col.action"), getTranslation("desk.enfQueue.started"),
                getTranslation("desk.enforcement.nextStep"), getTranslation("desk.ledger.arrears"),
                getTranslation("disputes.assign.column"));
        table.setId("enforcement-due");
        for (DueItem i : items) {
            RouterLink link = new RouterLink(i.caseReference(), CaseRecordView.class,
                    new RouteParameters(CaseRecordView.CASE_ID, Long.toString(i.caseId())));
            link.setId("due-" + i.actionId());
            table.rowOf(link, getTranslation("desk.enforcement.kind." + i.kind().name()), CaseRecordView.date(i.startedOn()),
                    CaseRecordView.date(i.dueSince()), MoneyText.format(i.arrears()), assignment(i));
        }
        add(table.numeric(4));
    }

    /** Who has the action, and "Assign to me" unless it is already mine. */
    private Component assignment(DueItem i) {
        Span who = new Span(getTranslation(i.assignedToMe() ? "disputes.assign.me"
                : i.assigned() ? "disputes.assign.other" : "disputes.assign.none"));
        who.addClassName("tag");
        who.addClassName(i.assignedToMe() ? "tag--blue" : "tag--grey");
        Div cell = new Div(who);
        if (!i.assignedToMe()) {
            Button take = new Button(getTranslation("disputes.assign.button"), e -> {
                try {
                    queue.assignToMe(i.actionId());
                    render(getTranslation("disputes.assign.done", i.caseReference()));
                } catch (UserFacingException ex) {
                    render(getTranslation(ex.getMessage()));
                }
            });
            take.setId("assign-" + i.actionId());
            take.getElement().setAttribute("aria-label", getTranslation("disputes.assign.buttonFor", i.caseReference()));
            cell.add(take);
        }
        return cell;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("desk.queue.enforcementDue");
    }
}
