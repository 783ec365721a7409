package org.childmaintenance.employer.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.DeductionRules;
import org.childmaintenance.employer.EmployerViews.OrderSummary;
import org.childmaintenance.identity.Roles;

/**
 * "When did they leave?": the employer says an employee has left before they have everything for the
 * leaver report (LC-13.2); the report is then due 10 days from that date, and we remind them.
 */
@Route(value = "employer/orders/:orderId/left", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER)
public class MarkLeftView extends FormPage implements BeforeEnterObserver {
    private final DeductionOrderService orders;
    private final MemorableDateField dateLeft = new MemorableDateField("date-left", "", null, false);
    private long orderId;
    private String title = "";

    public MarkLeftView(DeductionOrderService orders) {
        this.orders = orders;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        orderId = event.getRouteParameters().getLong(OrderView.ORDER_ID).orElse(-1L);
        OrderSummary o = orders.myOrder(orderId).order();
        RouterLink back = new RouterLink(getTranslation("common.back"), OrderView.class, params());
        back.addClassName("back-link");
        addComponentAsFirst(back);
        title = getTranslation("employer.left.title", o.employeeName());
        heading(title);
        paragraph(getTranslation("employer.left.hint", DeductionRules.LEAVER_REPORT_DAYS)).addClassName("hint");
        OneQuestionPage.labelledByQuestion(dateLeft);
        dateLeft.setHelperText(getTranslation("employer.left.dateHint"));
        fields.put("dateLeft", dateLeft);
        add(dateLeft, org.childmaintenance.base.ui.Forms.primary("mark-left", getTranslation("employer.left.submit"),
                e -> save(o)));
    }

    private void save(OrderSummary o) {
        LocalDate left = date(dateLeft);
        final LocalDate[] due = new LocalDate[1];
        if (submit(() -> due[0] = orders.markLeft(orderId, left))) {
            removeAll();
            title = getTranslation("employer.left.done", o.employeeName());
            heading(title);
            setShowingErrors(false);
            add(EmployerUi.banner("left-banner", getTranslation("employer.left.doneTitle", EmployerUi.date(due[0])),
                    getTranslation("employer.left.doneBody")));
            RouterLink report = new RouterLink(getTranslation("employer.left.reportNow"), LeaverView.class, params());
            report.setId("report-leaver-now");
            add(new com.vaadin.flow.component.html.Paragraph(report));
        }
    }

    private RouteParameters params() {
        return new RouteParameters(OrderView.ORDER_ID, Long.toString(orderId));
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
