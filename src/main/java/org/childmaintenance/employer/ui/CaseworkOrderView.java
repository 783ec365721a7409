package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.EmployerViews.DocumentInfo;
import org.childmaintenance.employer.EmployerViews.HistoryLine;
import org.childmaintenance.employer.EmployerViews.OrderDetail;
import org.childmaintenance.identity.Roles;

/** Casework: one order, its history and notices; vary it (new arrears element) or discharge it. */
@Route(value = "casework/deductions/:orderId", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class CaseworkOrderView extends FormPage implements BeforeEnterObserver {
    private final DeductionOrderService orders;
    private final TextField arrears = Forms.money("vary-arrears", "", null);
    private long orderId;
    private String title = "";

    public CaseworkOrderView(DeductionOrderService orders) {
        this.orders = orders;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        orderId = event.getRouteParameters().getLong(OrderView.ORDER_ID).orElse(-1L);
        render();
    }

    private void render() {
        removeAll();
        add(summary);
        OrderDetail d = orders.orderForCasework(orderId);
        RouterLink back = new RouterLink(getTranslation("common.back"), DeductionOrdersCaseworkView.class);
        back.addClassName("back-link");
        addComponentAsFirst(back);
        title = getTranslation("employer.casework.orderTitle", d.order().caseReference(), d.order().organisationName());
        heading(title);
        add(OrderView.orderFacts(this, d.order()));
        if (d.order().status().inForce()) {
            add(new H2(getTranslation("employer.casework.vary")));
            arrears.setLabel(getTranslation("employer.issue.arrears"));
            arrears.setHelperText(getTranslation("employer.issue.arrearsHint"));
            fields.put("monthlyArrears", arrears);
            add(arrears, Forms.primary("vary", getTranslation("employer.casework.varySubmit"), e -> {
                if (submit(() -> orders.vary(orderId, arrears.getValue()))) {
                    render();
                }
            }));
            add(new H2(getTranslation("employer.casework.discharge")));
            Button discharge = new Button(getTranslation("employer.casework.dischargeSubmit"), e -> {
                orders.discharge(orderId);
                render();
            });
            discharge.setId("discharge");
            add(discharge);
        }
        add(new H2(getTranslation("employer.order.history")));
        DataTable h = new DataTable(getTranslation("employer.order.history"), getTranslation("employer.order.historyDate"),
                getTranslation("employer.order.historyWhat"));
        for (HistoryLine l : d.history()) {
            String what = getTranslation("employer.event." + l.kind());
            h.row(EmployerUi.date(l.date()), l.detail() == null ? what : what + ": " + l.detail());
        }
        add(h);
        for (DocumentInfo doc : d.documents()) {
            add(new com.vaadin.flow.component.html.Paragraph(EmployerUi.pdfLink("document-" + doc.id(), doc.title(),
                    "order-" + doc.orderId() + ".pdf", () -> orders.documentPdf(doc.id()))));
        }
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
