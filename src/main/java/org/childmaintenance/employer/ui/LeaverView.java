package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.DeductionRules;
import org.childmaintenance.employer.EmployerViews.OrderSummary;
import org.childmaintenance.identity.Roles;

/**
 * Report a leaver (date left, last pay date, new employer if known) or "not our employee". The
 * page shows the 10-day deadline; the order ends and casework gets a task.
 */
@Route(value = "employer/orders/:orderId/leaver", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER)
public class LeaverView extends FormPage implements BeforeEnterObserver {
    private final DeductionOrderService orders;
    private final RadioButtonGroup<String> kind;
    private final MemorableDateField dateLeft = new MemorableDateField("date-left", "", null, false);
    private final MemorableDateField lastPay = new MemorableDateField("last-pay-date", "", null, false);
    private final TextField newEmployer = Forms.text("new-employer", "", null);
    private final Div done = new Div();
    private long orderId;
    private String title = "";

    public LeaverView(DeductionOrderService orders) {
        this.orders = orders;
        kind = Forms.radios("leaver-kind", "", null, List.of("LEFT", "NOT_EMPLOYEE"),
                k -> getTranslation("employer.leaver.kind." + k));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        orderId = event.getRouteParameters().getLong(OrderView.ORDER_ID).orElse(-1L);
        OrderSummary o = orders.myOrder(orderId).order();
        RouterLink back = new RouterLink(getTranslation("common.back"), OrderView.class,
                new RouteParameters(OrderView.ORDER_ID, Long.toString(orderId)));
        back.addClassName("back-link");
        addComponentAsFirst(back);
        title = getTranslation("employer.leaver.title", o.employeeName());
        heading(title);
        paragraph(getTranslation("employer.leaver.lead", DeductionRules.LEAVER_REPORT_DAYS));
        kind.setLabel(getTranslation("employer.leaver.kindLabel"));
        dateLeft.setLabel(getTranslation("employer.leaver.dateLeft"));
        dateLeft.setHelperText(getTranslation("employer.leaver.dateLeftHint", DeductionRules.LEAVER_REPORT_DAYS));
        lastPay.setLabel(getTranslation("employer.leaver.lastPay"));
        newEmployer.setLabel(getTranslation("employer.leaver.newEmployer"));
        Div details = new Div(dateLeft, lastPay, newEmployer);
        details.setId("leaver-details");
        details.setVisible(false);
        kind.addValueChangeListener(e -> details.setVisible("LEFT".equals(e.getValue())));
        if (o.markedLeftOn() != null) {
            // they told us already: ask once (UX.md), the rest of the report is still theirs to give
            kind.setValue("LEFT");
            dateLeft.setValue(o.markedLeftOn());
        }
        fields.put("kind", kind);
        fields.put("dateLeft", dateLeft);
        fields.put("lastPayDate", lastPay);
        fields.put("newEmployer", newEmployer);
        done.setId("leaver-done");
        add(done, kind, details, Forms.primary("report-leaver", getTranslation("employer.leaver.submit"), e -> save()));
    }

    private void save() {
        boolean notEmployee = "NOT_EMPLOYEE".equals(kind.getValue());
        LocalDate left = notEmployee ? null : date(dateLeft);
        LocalDate last = notEmployee ? null : date(lastPay);
        final boolean[] late = new boolean[1];
        if (submit(() -> {
            if (kind.getValue() == null) {
                throw UserFacingException.onField("kind", "employer.leaver.error.kind");
            }
            late[0] = orders.reportLeaver(orderId, new DeductionOrderService.LeaverReport(notEmployee, left, last,
                    notEmployee ? null : newEmployer.getValue()));
        })) {
            removeAll();
            heading(title);
            add(EmployerUi.banner("leaver-banner", getTranslation("employer.leaver.done"),
                    left == null ? "" : getTranslation("employer.leaver.deadline",
                            EmployerUi.date(DeductionRules.leaverReportDue(left))),
                    late[0] ? getTranslation("employer.leaver.lateText") : getTranslation("employer.leaver.onTime")));
            add(new RouterLink(getTranslation("employer.leaver.backToList"), EmployeesView.class));
        }
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
