package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.EmployerViews.OrderSummary;
import org.childmaintenance.identity.Roles;

/** "Employees with deductions": the organisation's orders, each linking to its order page. */
@Route(value = "employer/orders", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER)
public class EmployeesView extends PortalPage {

    public EmployeesView(DeductionOrderService orders) {
        heading(getTranslation("employer.orders.title"));
        lead(getTranslation("employer.orders.lead"));
        List<OrderSummary> list = orders.myOrders();
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("employer.orders.none")));
            return;
        }
        DataTable table = new DataTable(getTranslation("employer.orders.caption"),
                getTranslation("employer.order.employee"), getTranslation("employer.order.payroll"),
                getTranslation("employer.order.case"), getTranslation("employer.order.effective"),
                getTranslation("employer.order.rateNow"), getTranslation("employer.order.status"));
        table.setId("orders");
        table.numeric(4);
        for (OrderSummary o : list) {
            RouterLink link = new RouterLink(o.employeeName(), OrderView.class,
                    new RouteParameters(OrderView.ORDER_ID, Long.toString(o.id())));
            link.setId("order-" + o.id());
            table.rowOf(link, o.payrollNumber(), o.caseReference(), EmployerUi.date(o.effectiveDate()),
                    getTranslation("employer.order.ratePer", EmployerUi.money(o.currentRate()),
                            getTranslation("employer.frequency." + o.payFrequency().name()).toLowerCase()),
                    EmployerUi.tag(getTranslation("employer.status." + o.status().name()), EmployerUi.colour(o.status())));
        }
        add(table);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("employer.orders.title");
    }
}
