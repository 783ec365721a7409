package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.DeductionRules;
import org.childmaintenance.employer.DeductionService;
import org.childmaintenance.employer.EmployerViews.OrderSummary;
import org.childmaintenance.identity.Roles;

/**
 * Record a pay day's deduction: the employer enters net earnings, the page shows the working
 * (protected earnings, what is available, the deduction, any shortfall and the £1 admin charge).
 */
@Route(value = "employer/orders/:orderId/deduction", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER)
public class RecordDeductionView extends FormPage implements BeforeEnterObserver {
    private final DeductionOrderService orders;
    private final DeductionService deductions;
    private final MemorableDateField payDate = new MemorableDateField("pay-date", "", null, false);
    private final TextField net = Forms.money("net-earnings", "", "");
    private final Checkbox admin = new Checkbox();
    private final Div working = new Div();
    private long orderId;
    private String title = "";

    public RecordDeductionView(DeductionOrderService orders, DeductionService deductions) {
        this.orders = orders;
        this.deductions = deductions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        orderId = event.getRouteParameters().getLong(OrderView.ORDER_ID).orElse(-1L);
        OrderSummary o = orders.myOrder(orderId).order();
        title = getTranslation("employer.deduction.title", o.employeeName());
        RouterLink back = new RouterLink(getTranslation("common.back"), OrderView.class,
                new RouteParameters(OrderView.ORDER_ID, Long.toString(orderId)));
        back.addClassName("back-link");
        addComponentAsFirst(back);
        heading(title);
        paragraph(getTranslation("employer.deduction.lead", EmployerUi.money(o.currentRate()),
                getTranslation("employer.frequency." + o.payFrequency().name()).toLowerCase(),
                EmployerUi.date(o.firstDeductionDay())));
        payDate.setLabel(getTranslation("employer.deduction.payDate"));
        payDate.setHelperText(getTranslation("employer.deduction.payDateHint"));
        net.setLabel(getTranslation("employer.deduction.net"));
        net.setHelperText(getTranslation("employer.deduction.netHint"));
        admin.setId("admin-charge");
        admin.setLabel(getTranslation("employer.deduction.adminLabel"));
        fields.put("payDate", payDate);
        fields.put("netEarnings", net);
        Button preview = new Button(getTranslation("employer.deduction.preview"), e -> preview());
        preview.setId("preview");
        working.setId("working");
        add(payDate, net, admin, preview, Forms.primary("record", getTranslation("employer.deduction.record"), e -> record()),
                working);
    }

    private void preview() {
        working.removeAll();
        submit(() -> show(deductions.preview(orderId, net.getValue(), admin.getValue()), false));
    }

    private void record() {
        working.removeAll();
        LocalDate day = date(payDate);
        submit(() -> show(deductions.record(orderId, day, net.getValue(), admin.getValue()), true));
    }

    private void show(DeductionRules.Working w, boolean recorded) {
        if (recorded) {
            com.vaadin.flow.component.html.Section banner = EmployerUi.banner("recorded-banner",
                    getTranslation("employer.deduction.recorded"));
            working.add(banner);
            banner.getChildren().findFirst().ifPresent(EmployerUi::focusHeading);
        }
        working.add(new H2(getTranslation("employer.deduction.working")));
        SummaryList s = new SummaryList();
        s.setId("working-list");
        s.row(getTranslation("employer.deduction.net"), EmployerUi.money(w.netEarnings()), null);
        s.row(getTranslation("employer.working.protected"), EmployerUi.money(w.protectedEarnings()), null);
        s.row(getTranslation("employer.working.available"), EmployerUi.money(w.available()), null);
        s.row(getTranslation("employer.working.normal"), EmployerUi.money(w.normalRate()), null);
        s.row(getTranslation("employer.working.deduct"), EmployerUi.money(w.deduct()), null);
        if (w.shortfall().signum() > 0) {
            s.row(getTranslation("employer.working.shortfall"), getTranslation("employer.working.shortfallValue",
                    EmployerUi.money(w.shortfall())), null);
        }
        s.row(getTranslation("employer.working.admin"), w.adminCharge().signum() > 0
                ? getTranslation("employer.working.adminValue", EmployerUi.money(w.adminCharge()))
                : getTranslation("employer.working.noAdmin"), null);
        working.add(s);
        working.add(new Paragraph(getTranslation("employer.working.payslip", EmployerUi.money(w.deduct()),
                EmployerUi.money(w.adminCharge()))));
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
