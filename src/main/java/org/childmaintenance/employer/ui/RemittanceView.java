package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.employer.DeductionService;
import org.childmaintenance.employer.EmployerViews.MonthSchedule;
import org.childmaintenance.employer.RemittanceService;
import org.childmaintenance.employer.RemittanceService.Difference;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.base.DisplayFormats;

/**
 * Record the month's one remittance (admins): amount, date, method and reference. If the amount
 * differs from the schedule, the admin says what was paid for each employee and why, before
 * anything is posted to the cases.
 */
@Route(value = "employer/remittance", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER_ADMIN)
public class RemittanceView extends FormPage implements BeforeEnterObserver {
    private final DeductionService deductions;
    private final RemittanceService remittances;
    private final TextField amount = Forms.money("amount", "", null);
    private final MemorableDateField paidOn = new MemorableDateField("paid-on", "", null, false);
    private final RadioButtonGroup<String> method;
    private final TextField reference = Forms.text("reference", "", null);
    private final TextArea explanation = new TextArea();
    private final Map<Long, TextField> perEmployee = new LinkedHashMap<>();
    private final Div result = new Div();
    private YearMonth month;
    private String title = "";

    public RemittanceView(DeductionService deductions, RemittanceService remittances) {
        this.deductions = deductions;
        this.remittances = remittances;
        this.method = Forms.radios("method", "", null, RemittanceService.METHODS,
                m -> getTranslation("employer.remittance.method." + m));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        month = event.getLocation().getQueryParameters().getSingleParameter("month").map(m -> {
            try {
                return YearMonth.parse(m);
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(deductions.currentMonth().minusMonths(1));
        MonthSchedule s = deductions.month(month);
        title = getTranslation("employer.remittance.title", DisplayFormats.monthYear(month));
        heading(title);
        result.setId("remittance-result");
        add(result);
        if (s.remittance() != null) {
            paragraph(getTranslation("employer.remittance.already", EmployerUi.money(s.remittance().amount()),
                    EmployerUi.date(s.remittance().paidOn())));
            return;
        }
        paragraph(getTranslation("employer.remittance.lead", EmployerUi.money(s.total()), EmployerUi.date(s.due())));
        amount.setLabel(getTranslation("employer.remittance.amount"));
        paidOn.setLabel(getTranslation("employer.remittance.paidOn"));
        method.setLabel(getTranslation("employer.remittance.methodLabel"));
        reference.setLabel(getTranslation("employer.remittance.reference"));
        fields.put("month", amount);
        fields.put("amount", amount);
        fields.put("paidOn", paidOn);
        fields.put("method", method);
        fields.put("reference", reference);
        add(amount, paidOn, method, reference);
        add(new H2(getTranslation("employer.remittance.differenceHeading")));
        paragraph(getTranslation("employer.remittance.differenceLead"));
        DataTable t = new DataTable(getTranslation("employer.remittance.perEmployee"),
                getTranslation("employer.order.employee"), getTranslation("employer.remittance.scheduled"),
                getTranslation("employer.remittance.paidFor"));
        t.setId("per-employee");
        for (Difference d : remittances.scheduledPerEmployee(month)) {
            TextField f = Forms.money("paid-" + d.orderId(), "", null);
            f.setAriaLabel(getTranslation("employer.remittance.paidForLabel", d.employeeName()));
            perEmployee.put(d.orderId(), f);
            fields.put("paid-" + d.orderId(), f);
            t.rowOf(d.employeeName(), EmployerUi.money(d.scheduled()), f);
        }
        explanation.setId("explanation");
        explanation.setLabel(getTranslation("employer.remittance.explanation"));
        explanation.addClassName("field--wide");
        fields.put("explanation", explanation);
        add(t, explanation, Forms.primary("record-remittance", getTranslation("employer.remittance.submit"), e -> save()));
    }

    private void save() {
        LocalDate date = date(paidOn);
        Map<Long, String> paid = new LinkedHashMap<>();
        perEmployee.forEach((id, f) -> paid.put(id, f.getValue()));
        final RemittanceService.Result[] out = new RemittanceService.Result[1];
        if (submit(() -> out[0] = remittances.record(new RemittanceService.RemittanceForm(month, amount.getValue(), date,
                method.getValue(), reference.getValue(), paid, explanation.getValue())))) {
            result.removeAll();
            RemittanceService.Result r = out[0];
            result.add(EmployerUi.banner("remittance-banner",
                    getTranslation(r.outcome() == RemittanceService.Outcome.POSTED ? "employer.remittance.posted"
                            : "employer.remittance.alreadyRecorded"),
                    getTranslation("employer.remittance.postedText", r.posted()),
                    r.late() ? getTranslation("employer.remittance.late") : ""));
        }
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
