package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.EmployerViews.DeductionLine;
import org.childmaintenance.employer.EmployerViews.DocumentInfo;
import org.childmaintenance.employer.EmployerViews.HistoryLine;
import org.childmaintenance.employer.EmployerViews.OrderDetail;
import org.childmaintenance.employer.EmployerViews.OrderSummary;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.identity.Roles;

/** One order: what it says, what to do next, its deductions, history and notices. */
@Route(value = "employer/orders/:orderId", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER)
public class OrderView extends PortalPage implements BeforeEnterObserver {
    static final String ORDER_ID = "orderId";
    private final DeductionOrderService orders;
    private String title = "";

    public OrderView(DeductionOrderService orders) {
        this.orders = orders;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ORDER_ID).orElse(-1L);
        removeAll();
        OrderDetail d = orders.myOrder(id);
        OrderSummary o = d.order();
        title = getTranslation("employer.order.title", o.employeeName());
        heading(title);
        RouteParameters p = new RouteParameters(ORDER_ID, Long.toString(o.id()));
        if (o.leaverReportDue() != null) {
            add(leaverDue(o, p));
        }
        add(orderFacts(this, o));
        if (o.status().inForce()) {
            add(new H2(getTranslation("employer.order.actions")));
            UnorderedList actions = new UnorderedList(
                    item(new RouterLink(getTranslation("employer.order.recordDeduction"), RecordDeductionView.class, p), "record-deduction"),
                    item(new RouterLink(getTranslation("employer.order.reportLeaver"), LeaverView.class, p), "report-leaver"),
                    item(new RouterLink(getTranslation("employer.order.changeFrequency"), PayFrequencyView.class, p), "change-frequency"));
            if (o.markedLeftOn() == null) {
                actions.add(item(new RouterLink(getTranslation("employer.order.markLeft"), MarkLeftView.class, p), "mark-left"));
            }
            add(actions);
        }
        // The messages feature's new-message page, with this order's reference filled in.
        Anchor message = new Anchor("messages/new?order=" + URLEncoder.encode(o.caseReference(), StandardCharsets.UTF_8),
                getTranslation("employer.order.message"));
        message.setId("message-about-order");
        add(new Paragraph(message));
        add(new H2(getTranslation("employer.order.deductions")));
        if (d.deductions().isEmpty()) {
            add(new Paragraph(getTranslation("employer.order.noDeductions")));
        } else {
            DataTable t = new DataTable(getTranslation("employer.order.deductions"), getTranslation("employer.deduction.payDate"),
                    getTranslation("employer.deduction.net"), getTranslation("employer.deduction.deducted"),
                    getTranslation("employer.deduction.shortfall"), getTranslation("employer.deduction.admin"),
                    getTranslation("employer.deduction.paidOver"));
            t.setId("order-deductions");
            t.numeric(1, 2, 3, 4, 5);
            for (DeductionLine l : d.deductions()) {
                t.row(EmployerUi.date(l.payDate()), EmployerUi.money(l.netEarnings()), EmployerUi.money(l.deducted()),
                        shortfall(l), EmployerUi.money(l.adminCharge()), EmployerUi.money(l.paidOver()));
            }
            add(t);
        }
        add(new H2(getTranslation("employer.order.history")));
        DataTable h = new DataTable(getTranslation("employer.order.history"), getTranslation("employer.order.historyDate"),
                getTranslation("employer.order.historyWhat"));
        h.setId("order-history");
        for (HistoryLine l : d.history()) {
            String what = getTranslation("employer.event." + l.kind());
            h.row(EmployerUi.date(l.date()), l.detail() == null ? what : what + ": " + l.detail());
        }
        add(h);
        add(new H2(getTranslation("employer.documents.title")));
        UnorderedList docs = new UnorderedList();
        for (DocumentInfo doc : d.documents()) {
            docs.add(new ListItem(EmployerUi.pdfLink("document-" + doc.id(), doc.title(), "order-" + doc.orderId() + ".pdf",
                    () -> orders.documentPdf(doc.id()))));
        }
        add(docs);
        setShowingErrors(false);
    }

    /** "You told us they left on …: report the leaver by …" (overdue in red), with the link to the report. */
    private Div leaverDue(OrderSummary o, RouteParameters p) {
        boolean overdue = o.leaverReportDue().isBefore(orders.today());
        Paragraph text = new Paragraph(getTranslation(overdue ? "employer.order.leaverOverdue" : "employer.order.leaverDue",
                o.employeeName(), EmployerUi.date(o.markedLeftOn()), EmployerUi.date(o.leaverReportDue())));
        text.addClassName(overdue ? "error-message" : "warning-text__text");
        RouterLink report = new RouterLink(getTranslation("employer.order.reportLeaverNow"), LeaverView.class, p);
        report.setId("leaver-due-link");
        Div warning = new Div(text);
        warning.addClassName("warning-text");
        Div box = new Div(warning, new Paragraph(report));
        box.setId("leaver-due");
        return box;
    }

    /** The order's own facts: what an employer may see (LC-13.7). */
    static Div orderFacts(PortalPage page, OrderSummary o) {
        SummaryList s = new SummaryList();
        s.setId("order-facts");
        s.row(page.getTranslation("employer.order.employee"), o.employeeName(), null);
        s.row(page.getTranslation("employer.order.payroll"), o.payrollNumber(), null);
        s.row(page.getTranslation("employer.order.case"), o.caseReference(), null);
        s.row(page.getTranslation("employer.order.status"), page.getTranslation("employer.status." + o.status().name())
                + (o.endedOn() == null ? "" : " (" + EmployerUi.date(o.endedOn()) + ")"), null);
        s.row(page.getTranslation("employer.order.served"), EmployerUi.date(o.servedOn()), null);
        s.row(page.getTranslation("employer.order.effective"), EmployerUi.date(o.effectiveDate()), null);
        s.row(page.getTranslation("employer.order.firstDeduction"), EmployerUi.date(o.firstDeductionDay()), null);
        s.row(page.getTranslation("employer.order.frequency"), page.getTranslation("employer.frequency." + o.payFrequency().name()), null);
        for (PayFrequency f : PayFrequency.values()) {
            s.row(page.getTranslation("employer.order.rate." + f.name()), EmployerUi.money(o.rates().get(f)), null);
        }
        s.row(page.getTranslation("employer.order.protected"), page.getTranslation("employer.order.protectedValue"), null);
        return s;
    }

    private String shortfall(DeductionLine l) {
        if (l.shortfall().signum() <= 0) {
            return "";
        }
        return EmployerUi.money(l.shortfall()) + " (" + getTranslation("employer.shortfall." + l.shortfallReason().name()) + ")";
    }

    private static ListItem item(RouterLink link, String id) {
        link.setId(id);
        return new ListItem(link);
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
