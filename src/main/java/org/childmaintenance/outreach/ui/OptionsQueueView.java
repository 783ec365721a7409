package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.outreach.OptionsQueue;
import org.childmaintenance.outreach.OutreachViews.QueueCounts;
import org.childmaintenance.outreach.OutreachViews.QueueItem;
import org.childmaintenance.outreach.RequestKind;
import org.childmaintenance.outreach.Times;

/**
 * Casework's Options queue: call-backs, appointments and partner referrals, oldest first, with safety
 * marked in red on each line (a concern, or "do not leave a message"), and who has taken each.
 */
@Route(value = "casework/options", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class OptionsQueueView extends PortalPage implements BeforeEnterObserver {
    private final OptionsQueue queue;
    private final Clock clock;

    public OptionsQueueView(OptionsQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
        addClassName("page--wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading(getTranslation("outreach.queue.title"));
        lead(getTranslation("outreach.queue.lead"));
        QueueCounts counts = queue.counts();
        SummaryList summary = new SummaryList();
        summary.setId("queue-counts");
        summary.row(getTranslation("outreach.queue.count.open"), Long.toString(counts.open()), null);
        summary.row(getTranslation("outreach.queue.count.unassigned"), Long.toString(counts.unassigned()), null);
        summary.row(getTranslation("outreach.queue.count.mine"), Long.toString(counts.mine()), null);
        summary.row(getTranslation("outreach.queue.count.care"), Long.toString(counts.needingCare()), null);
        add(summary);
        List<QueueItem> items = queue.open();
        if (items.isEmpty()) {
            paragraph(getTranslation("outreach.queue.none")).setId("queue-empty");
            return;
        }
        DataTable table = new DataTable(getTranslation("outreach.queue.caption", items.size()),
                getTranslation("outreach.queue.col.reference"), getTranslation("outreach.queue.col.waiting"),
                getTranslation("outreach.queue.col.what"), getTranslation("outreach.queue.col.name"),
                getTranslation("outreach.queue.col.safety"), getTranslation("outreach.queue.col.assigned"));
        table.setId("queue-table");
        for (QueueItem i : items) {
            RouterLink open = new RouterLink(i.reference(), OptionsRequestView.class,
                    new RouteParameters(OptionsRequestView.ID, Long.toString(i.id())));
            open.setId("open-" + i.id());
            table.rowOf(open, age(i), what(i), i.name(), safety(i), i.assignedToMe() ? getTranslation("inbox.assigned.me")
                    : i.assignedName() == null ? getTranslation("inbox.assigned.none") : i.assignedName());
        }
        add(table);
    }

    private String age(QueueItem i) {
        long days = Math.max(0, Duration.between(i.createdAt(), clock.instant()).toDays());
        return days == 0 ? getTranslation("desk.age.today") : getTranslation(days == 1 ? "desk.age.day" : "desk.age.days", days);
    }

    private String what(QueueItem i) {
        String kind = getTranslation("outreach.queue.kind." + i.kind().name());
        if (i.kind() == RequestKind.APPOINTMENT && i.appointmentDate() != null) {
            return kind + ": " + i.centreName() + ", " + Times.date(i.appointmentDate());
        }
        return i.kind() == RequestKind.REFERRAL && i.centreName() != null ? kind + ": " + i.centreName() : kind;
    }

    private Div safety(QueueItem i) {
        Div tags = new Div();
        if (i.safetyConcern()) {
            tags.add(tag("outreach.queue.tag.concern", "concern-" + i.id()));
        }
        if (i.noMessages()) {
            tags.add(tag("outreach.queue.tag.noMessage", "no-message-" + i.id()));
        }
        return tags;
    }

    private Span tag(String key, String id) {
        Span tag = new Span(getTranslation(key));
        tag.setId(id);
        tag.addClassName("tag");
        tag.addClassName("tag--red");
        return tag;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("outreach.queue.title");
    }
}
