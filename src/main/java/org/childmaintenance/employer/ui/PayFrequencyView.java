package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.EmployerViews.OrderSummary;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.identity.Roles;

/** Report a change of pay frequency: the order's rate for the new frequency applies from now on. */
@Route(value = "employer/orders/:orderId/frequency", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER)
public class PayFrequencyView extends FormPage implements BeforeEnterObserver {
    private final DeductionOrderService orders;
    private RadioButtonGroup<PayFrequency> frequency;
    private long orderId;
    private String title = "";

    public PayFrequencyView(DeductionOrderService orders) {
        this.orders = orders;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        orderId = event.getRouteParameters().getLong(OrderView.ORDER_ID).orElse(-1L);
        OrderSummary o = orders.myOrder(orderId).order();
        RouterLink back = new RouterLink(getTranslation("common.back"), OrderView.class,
                new RouteParameters(OrderView.ORDER_ID, Long.toString(orderId)));
        back.addClassName("back-link");
        addComponentAsFirst(back);
        title = getTranslation("employer.frequency.title", o.employeeName());
        heading(title).setId("frequency-heading");
        frequency = Forms.radios("frequency", null, getTranslation("employer.frequency.hint",
                getTranslation("employer.frequency." + o.payFrequency().name()).toLowerCase()),
                List.of(PayFrequency.values()), f -> getTranslation("employer.frequency." + f.name()) + " – "
                        + EmployerUi.money(o.rates().get(f)));
        frequency.setAriaLabelledBy("frequency-heading");
        fields.put("frequency", frequency);
        add(frequency, Forms.primary("save-frequency", getTranslation("employer.frequency.submit"), e -> save()));
    }

    private void save() {
        if (submit(() -> orders.changeFrequency(orderId, frequency.getValue()))) {
            getUI().ifPresent(ui -> ui.navigate(OrderView.class, new RouteParameters(OrderView.ORDER_ID, Long.toString(orderId))));
        }
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
