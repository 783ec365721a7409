package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.DeductionService;
import org.childmaintenance.employer.EmployerViews.DocumentInfo;
import org.childmaintenance.employer.EmployerViews.ParentDeduction;
import org.childmaintenance.employer.EmployerViews.ParentOrder;
import org.childmaintenance.identity.Roles;

/**
 * The paying parent's page: whether a deduction from earnings order is in place with their
 * employer, each deduction and when it was paid over, and the order notices. (My case can link here.)
 */
@Route(value = "case/:caseId/deductions", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.CASEWORKER})
public class CaseDeductionsView extends PortalPage implements BeforeEnterObserver {
    public static final String CASE_ID = "caseId";
    private final DeductionService deductions;
    private final DeductionOrderService orders;

    public CaseDeductionsView(DeductionService deductions, DeductionOrderService orders) {
        this.deductions = deductions;
        this.orders = orders;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long caseId = event.getRouteParameters().getLong(CASE_ID).orElse(-1L);
        List<ParentOrder> list = deductions.ordersOnMyCase(caseId);
        heading(getTranslation("employer.parent.title"));
        if (list.isEmpty()) {
            paragraph(getTranslation("employer.parent.none"));
            return;
        }
        for (ParentOrder o : list) {
            add(new H2(getTranslation("employer.parent.orderWith", o.employerName())));
            Paragraph state = new Paragraph(o.status().inForce()
                    ? getTranslation("employer.parent.inPlace", o.employerName(), EmployerUi.date(o.effectiveDate()))
                    : getTranslation("employer.parent.ended", EmployerUi.date(o.endedOn())));
            state.setId("order-state-" + o.orderId());
            state.addClassName("lead");
            add(state);
            SummaryList s = new SummaryList();
            s.row(getTranslation("employer.order.case"), o.caseReference(), null);
            s.row(getTranslation("employer.order.status"), getTranslation("employer.status." + o.status().name()), null);
            s.row(getTranslation("employer.order.rateNow"), getTranslation("employer.order.ratePer",
                    EmployerUi.money(o.currentRate()),
                    getTranslation("employer.frequency." + o.payFrequency().name()).toLowerCase()), null);
            add(s);
            if (o.deductions().isEmpty()) {
                paragraph(getTranslation("employer.parent.noDeductions"));
            } else {
                DataTable t = new DataTable(getTranslation("employer.parent.caption"),
                        getTranslation("employer.deduction.payDate"), getTranslation("employer.deduction.deducted"),
                        getTranslation("employer.deduction.shortfall"), getTranslation("employer.parent.paidOver"));
                t.setId("parent-deductions-" + o.orderId());
                t.numeric(1, 2);
                for (ParentDeduction d : o.deductions()) {
                    t.row(EmployerUi.date(d.payDate()), EmployerUi.money(d.deducted()),
                            d.shortfall().signum() > 0 ? EmployerUi.money(d.shortfall()) : "",
                            d.paidOverOn() == null ? getTranslation("employer.parent.notYet") : EmployerUi.date(d.paidOverOn()));
                }
                add(t);
            }
            for (DocumentInfo doc : o.documents()) {
                add(new Paragraph(EmployerUi.pdfLink("document-" + doc.id(), doc.title(), "order-" + doc.orderId() + ".pdf",
                        () -> orders.documentPdf(doc.id()))));
            }
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("employer.parent.title");
    }
}
