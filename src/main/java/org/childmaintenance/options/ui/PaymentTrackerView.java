package org.childmaintenance.options.ui;

import org.childmaintenance.base.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.BarChart;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementRecords.MonthTotal;
import org.childmaintenance.options.ArrangementRecords.PaymentEntry;
import org.childmaintenance.options.ArrangementRecords.PaymentRecord;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.ArrangementTypes.PaymentStatus;
import org.childmaintenance.options.ArrangementTypes.Status;
import org.childmaintenance.options.Display;
import org.springframework.security.access.AccessDeniedException;
import org.childmaintenance.base.DisplayFormats;

/**
 * The private payment tracker of a confirmed arrangement: the paying parent records payments, the
 * receiving parent says whether each arrived; both see the running record and a chart by month.
 */
@Route(value = "arrangement/:id([0-9]+)/payments", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class PaymentTrackerView extends PortalPage implements BeforeEnterObserver {
    private final ArrangementService arrangements;
    private final ErrorSummary summary = new ErrorSummary();
    private final MemorableDateField paidOn = new MemorableDateField("paid-on",
            getTranslation("tracker.paidOn"), getTranslation("tracker.paidOn.hint"), false);
    private final TextField amount = Forms.money("payment-amount", getTranslation("tracker.amount"), null);
    private long id;

    public PaymentTrackerView(ArrangementService arrangements) {
        this.arrangements = arrangements;
        addClassName("page--wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            ArrangementDetails d = arrangements.details(id);
            if (d.status() != Status.CONFIRMED) {
                event.forwardTo(ArrangementView.class, new RouteParameters("id", Long.toString(id)));
                return;
            }
            render(d, null);
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    private void render(ArrangementDetails d, String bannerKey) {
        removeAll();
        PaymentRecord record = arrangements.payments(id);
        add(Pages.backLink(ArrangementView.class, new RouteParameters("id", Long.toString(id))));
        if (bannerKey != null) {
            add(Pages.banner("done-banner", getTranslation(bannerKey), getTranslation(bannerKey + ".body"), true));
        } else if (d.reviewDueSoon()) {
            add(Pages.banner("review-banner", getTranslation("arrangement.reviewBanner.title"),
                    getTranslation("arrangement.reviewBanner.body", Display.date(d.reviewDate())), false));
        }
        add(summary);
        heading(getTranslation("tracker.title"));
        lead(getTranslation("tracker.lead", MoneyText.format(d.amount()),
                Display.label("arrangement.frequency.", d.frequency()).toLowerCase()));
        paragraph(getTranslation(record.youPay() ? "tracker.youPay" : "tracker.youReceive", d.otherParentName()));
        paragraph(getTranslation("tracker.totals", MoneyText.format(record.totalRecorded()),
                MoneyText.format(record.totalConfirmed())));

        if (record.youPay()) {
            add(new H2(getTranslation("tracker.record.title")));
            paidOn.clear();
            paidOn.clearError();
            amount.setValue(d.amount().toPlainString());
            Forms.clearErrors(amount);
            add(Forms.group(paidOn), Forms.group(amount),
                    Forms.primary("record-payment", getTranslation("tracker.record.button"), e -> record(d)));
        }

        if (!record.byMonth().isEmpty()) {
            List<BarChart.Group> groups = record.byMonth().stream()
                    .map((MonthTotal m) -> new BarChart.Group(DisplayFormats.shortMonthYear(m.month()),
                            List.of(m.recorded().doubleValue(), m.confirmed().doubleValue())))
                    .toList();
            add(new H2(getTranslation("tracker.chart.heading")));
            add(new BarChart("payments-chart", getTranslation("tracker.chart.title"),
                    getTranslation("tracker.chart.desc", record.byMonth().size(), MoneyText.format(record.totalRecorded()),
                            MoneyText.format(record.totalConfirmed())),
                    List.of(getTranslation("tracker.chart.recorded"), getTranslation("tracker.chart.confirmed")),
                    groups, "£"));
        }

        DataTable table = new DataTable(getTranslation("tracker.table.caption"), getTranslation("tracker.table.date"),
                getTranslation("tracker.table.amount"), getTranslation("tracker.table.status"),
                getTranslation("tracker.table.action"));
        table.setId("payments-table");
        table.numeric(1);
        for (PaymentEntry p : record.payments().reversed()) {
            Component action = null;
            if (!record.youPay() && p.status() == PaymentStatus.RECORDED) {
                Div buttons = new Div(answer(p, true), answer(p, false));
                buttons.addClassName("button-row");
                action = buttons;
            }
            table.rowOf(Display.date(p.paidOn()), MoneyText.format(p.amount()), paymentTag(p.status()), action);
        }
        if (record.payments().isEmpty()) {
            paragraph(getTranslation("tracker.none"));
        } else {
            add(table);
        }
    }

    private Button answer(PaymentEntry p, boolean received) {
        Button b = new Button(getTranslation(received ? "tracker.received" : "tracker.notReceived"), e -> {
            arrangements.answerPayment(id, p.id(), received);
            render(arrangements.details(id), received ? "tracker.answered.received" : "tracker.answered.notReceived");
        });
        b.setId((received ? "received-" : "not-received-") + p.id());
        if (received) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        com.vaadin.flow.component.html.Span hidden = new com.vaadin.flow.component.html.Span(
                " " + Display.date(p.paidOn()));
        hidden.addClassName("visually-hidden");
        b.getElement().appendChild(hidden.getElement());
        return b;
    }

    private static Component paymentTag(PaymentStatus status) {
        com.vaadin.flow.component.html.Span tag = new com.vaadin.flow.component.html.Span(
                Display.label("tracker.status.", status));
        tag.addClassName("tag");
        tag.addClassName(switch (status) {
            case RECORDED -> "tag--yellow";
            case CONFIRMED -> "tag--green";
            case NOT_RECEIVED -> "tag--red";
        });
        return tag;
    }

    private void record(ArrangementDetails d) {
        paidOn.clearError();
        Forms.clearErrors(amount);
        String problem = paidOn.problemKey().orElse(null);
        try {
            arrangements.recordPayment(id, problem == null ? paidOn.getValue() : null, amount.getValue());
            setShowingErrors(false);
            render(arrangements.details(id), "tracker.recorded");
        } catch (UserFacingException e) {
            Map<Component, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach(fe -> {
                if (fe.field().equals("paidOn")) {
                    String message = getTranslation(problem == null || problem.equals("date.error.missing")
                            ? fe.message() : problem);
                    errors.put(paidOn, message);
                    paidOn.showError(message, problem == null ? "date.error.missing" : problem);
                } else {
                    errors.put(amount, getTranslation(fe.message()));
                }
            });
            summary.show(errors);
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("tracker.title");
    }
}
