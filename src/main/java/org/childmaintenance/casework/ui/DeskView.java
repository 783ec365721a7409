package org.childmaintenance.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.cases.CaseworkLookup.Found;
import org.childmaintenance.casework.CaseworkDesk;
import org.childmaintenance.casework.CaseworkDesk.QueueLine;
import org.childmaintenance.casework.LedgerApprovals;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.ledger.PlanApprovals;
import org.jspecify.annotations.Nullable;

/** The casework desk: every queue with its count and the age of its oldest item (oldest first), and "find a case". */
@Route(value = "casework", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class DeskView extends PortalPage {
    private final CaseworkDesk desk;
    private final LedgerApprovals approvals;
    private final Clock clock;
    private final ErrorSummary summary = new ErrorSummary();
    private final TextField term;
    private final Div results = new Div();
    private final Paragraph status = new Paragraph();

    public DeskView(CaseworkDesk desk, LedgerApprovals approvals, PlanApprovals plans, Clock clock) {
        this.desk = desk;
        this.approvals = approvals;
        this.clock = clock;
        addClassName("page--wide");
        getStyle().set("max-width", "none");
        heading(getTranslation("desk.title"));
        add(summary);
        status.setId("desk-status");
        status.getElement().setAttribute("role", "status");
        add(status);
        term = Forms.text("term", getTranslation("desk.find.label"), getTranslation("desk.find.hint"));
        add(new H2(getTranslation("desk.find.heading")), Forms.group(term,
                Forms.primary("find", getTranslation("desk.find.button"), e -> find())));
        results.setId("search-results");
        add(results);
        add(new H2(getTranslation("desk.queues")));
        add(queues(desk.queues()));
        paragraph(getTranslation("desk.assignment")).setId("desk-assignment");
        add(new H2(getTranslation("desk.approvals")));
        add(new ApprovalsTable(approvals, plans, this::refreshed));
    }

    private Component queues(List<QueueLine> lines) {
        DataTable t = new DataTable(getTranslation("desk.queues"), getTranslation("desk.col.queue"),
                getTranslation("desk.col.count"), getTranslation("desk.col.oldest"), getTranslation("desk.col.assign"));
        t.setId("desk-queues");
        for (QueueLine q : lines) {
            Anchor link = new Anchor(q.link(), getTranslation(q.titleKey()));
            link.setId("queue-" + q.key().replace('.', '-'));
            t.rowOf(link, String.valueOf(q.count()), age(q.oldest()),
                    getTranslation(q.assignable() ? "desk.assign.yes" : "desk.assign.no"));
        }
        return t.numeric(1);
    }

    private String age(@Nullable Instant oldest) {
        if (oldest == null) {
            return getTranslation("desk.age.none");
        }
        long days = Math.max(0, Duration.between(oldest, clock.instant()).toDays());
        return days == 0 ? getTranslation("desk.age.today") : getTranslation(days == 1 ? "desk.age.day" : "desk.age.days", days);
    }

    private void find() {
        summary.clear();
        term.setInvalid(false);
        results.removeAll();
        try {
            List<Found> found = desk.find(term.getValue());
            if (found.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("desk.find.none", term.getValue().strip()));
                none.setId("no-results");
                results.add(none);
                return;
            }
            DataTable t = new DataTable(getTranslation("desk.find.results"), getTranslation("desk.col.reference"),
                    getTranslation("casework.receiving"), getTranslation("casework.paying"), getTranslation("desk.col.status"));
            t.setId("results-table");
            for (Found f : found) {
                RouterLink link = new RouterLink(f.reference(), CaseRecordView.class,
                        new RouteParameters(CaseRecordView.CASE_ID, Long.toString(f.caseId())));
                link.setId("result-" + f.caseId());
                t.rowOf(link, f.receivingName(), f.payingName(), getTranslation("caseStatus." + f.status().name()));
            }
            results.add(t);
        } catch (UserFacingException e) {
            summary.show(e.fieldErrors(), Map.of("term", term), term);
        }
    }

    private void refreshed(String message) {
        status.setText(message);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("desk.title");
    }
}
