package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.EmployerViews.CaseworkOrder;
import org.childmaintenance.employer.EmployerViews.TaskView;
import org.childmaintenance.identity.Roles;

/** Casework: employer tasks (leavers, "not our employee", late remittances) and every deduction order. */
@Route(value = "casework/deductions", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class DeductionOrdersCaseworkView extends PortalPage {

    public DeductionOrdersCaseworkView(DeductionOrderService orders) {
        heading(getTranslation("employer.casework.title"));
        RouterLink issue = new RouterLink(getTranslation("employer.casework.issue"), IssueOrderView.class);
        issue.setId("issue-order");
        issue.addClassName("button-link");
        add(new Paragraph(issue));
        add(new H2(getTranslation("employer.casework.tasks")));
        var tasks = orders.tasks();
        if (tasks.isEmpty()) {
            paragraph(getTranslation("employer.casework.noTasks"));
        } else {
            DataTable t = new DataTable(getTranslation("employer.casework.tasks"), getTranslation("employer.casework.task"),
                    getTranslation("employer.casework.employer"), getTranslation("employer.order.case"),
                    getTranslation("employer.order.employee"), getTranslation("employer.casework.detail"),
                    getTranslation("employer.casework.raised"));
            t.setId("employer-tasks");
            for (TaskView task : tasks) {
                t.rowOf(getTranslation("employer.task." + task.kind()), task.organisationName(), task.caseReference(),
                        task.employeeName(), task.late()
                                ? EmployerUi.tag(getTranslation("employer.casework.late") + ": " + task.detail(), "red")
                                : task.detail(),
                        EmployerUi.date(task.createdAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()));
            }
            add(t);
        }
        add(new H2(getTranslation("employer.casework.orders")));
        DataTable o = new DataTable(getTranslation("employer.casework.orders"), getTranslation("employer.order.case"),
                getTranslation("employer.casework.employer"), getTranslation("employer.order.employee"),
                getTranslation("employer.order.effective"), getTranslation("employer.order.rate.MONTHLY"),
                getTranslation("employer.order.status"));
        o.setId("casework-orders");
        for (CaseworkOrder c : orders.allOrders()) {
            RouterLink link = new RouterLink(c.caseReference(), CaseworkOrderView.class,
                    new RouteParameters(OrderView.ORDER_ID, Long.toString(c.id())));
            link.setId("casework-order-" + c.id());
            o.rowOf(link, c.organisationName(), c.employeeName(), EmployerUi.date(c.effectiveDate()),
                    EmployerUi.money(c.monthlyRate()),
                    EmployerUi.tag(getTranslation("employer.status." + c.status().name()), EmployerUi.colour(c.status())));
        }
        add(o);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("employer.casework.title");
    }
}
