package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.employer.DeductionService;
import org.childmaintenance.employer.EmployerViews.DeductionLine;
import org.childmaintenance.employer.EmployerViews.MonthSchedule;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.base.DisplayFormats;

/**
 * "This month": every deduction in the month of deduction, the total to pay, the due date (19th of
 * the next month) with days left or overdue, and each employee's payslip line (printable).
 */
@Route(value = "employer/month", layout = MainLayout.class)
@RolesAllowed(Roles.EMPLOYER)
public class ThisMonthView extends PortalPage implements BeforeEnterObserver {
    private final DeductionService deductions;
    private final CurrentUser currentUser;
    private String title = "";

    public ThisMonthView(DeductionService deductions, CurrentUser currentUser) {
        this.deductions = deductions;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        YearMonth month = event.getLocation().getQueryParameters().getSingleParameter("month").map(m -> {
            try {
                return YearMonth.parse(m);
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
        MonthSchedule s = deductions.month(month == null ? deductions.currentMonth() : month);
        title = getTranslation("employer.month.title", DisplayFormats.monthYear(s.month()));
        heading(title);
        add(nav("previous-month", "employer.month.previous", s.month().minusMonths(1)),
                new Span(" "), nav("next-month", "employer.month.next", s.month().plusMonths(1)));
        SummaryList facts = new SummaryList();
        facts.setId("month-facts");
        facts.row(getTranslation("employer.month.total"), EmployerUi.money(s.total()), null);
        facts.row(getTranslation("employer.month.due"), EmployerUi.date(s.due()), null);
        if (s.remittance() != null) {
            facts.row(getTranslation("employer.month.paid"), getTranslation("employer.month.paidValue",
                    EmployerUi.money(s.remittance().amount()), EmployerUi.date(s.remittance().paidOn()),
                    s.remittance().reference()), null);
        }
        facts.row(getTranslation("employer.month.adminKept"), EmployerUi.money(s.adminCharges()), null);
        add(facts);
        if (s.remittance() == null && !s.deductions().isEmpty()) {
            Paragraph left = new Paragraph(s.overdue() ? getTranslation("employer.month.overdue", -s.daysLeft())
                    : getTranslation("employer.month.daysLeft", s.daysLeft()));
            left.setId("days-left");
            left.addClassName(s.overdue() ? "error-message" : "lead");
            add(left);
        }
        if (s.remittance() == null && currentUser.hasRole(Roles.EMPLOYER_ADMIN) && !s.deductions().isEmpty()) {
            RouterLink pay = new RouterLink(getTranslation("employer.month.record"), RemittanceView.class);
            pay.setQueryParameters(QueryParameters.of("month", s.month().toString()));
            pay.setId("record-remittance");
            add(new Paragraph(pay));
        }
        if (s.deductions().isEmpty()) {
            add(new Paragraph(getTranslation("employer.month.none")));
            return;
        }
        DataTable t = new DataTable(getTranslation("employer.month.caption", DisplayFormats.monthYear(s.month())),
                getTranslation("employer.order.employee"), getTranslation("employer.order.payroll"),
                getTranslation("employer.order.case"), getTranslation("employer.deduction.payDate"),
                getTranslation("employer.deduction.deducted"), getTranslation("employer.deduction.shortfall"),
                getTranslation("employer.deduction.admin"));
        t.setId("month-deductions");
        t.numeric(4, 5, 6);
        for (DeductionLine l : s.deductions()) {
            t.row(l.employeeName(), l.payrollNumber(), l.caseReference(), EmployerUi.date(l.payDate()),
                    EmployerUi.money(l.deducted()), l.shortfall().signum() > 0 ? EmployerUi.money(l.shortfall()) + " ("
                            + getTranslation("employer.shortfall." + l.shortfallReason().name()) + ")" : "",
                    EmployerUi.money(l.adminCharge()));
        }
        add(t);
        add(new H2(getTranslation("employer.month.payslips")));
        paragraph(getTranslation("employer.month.payslipsLead"));
        DataTable p = new DataTable(getTranslation("employer.month.payslips"), getTranslation("employer.order.employee"),
                getTranslation("employer.month.payslipLine"));
        p.setId("payslip-lines");
        for (DeductionLine l : s.deductions()) {
            p.row(l.employeeName(), getTranslation("employer.month.payslipText", EmployerUi.date(l.payDate()),
                    EmployerUi.money(l.deducted()), l.caseReference())
                    + (l.adminCharge().signum() > 0 ? " " + getTranslation("employer.month.payslipAdmin",
                    EmployerUi.money(l.adminCharge())) : ""));
        }
        add(p);
        Button print = new Button(getTranslation("employer.month.print"), e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print");
        add(print);
    }

    private RouterLink nav(String id, String key, YearMonth month) {
        RouterLink link = new RouterLink(getTranslation(key, DisplayFormats.monthYear(month)), ThisMonthView.class);
        link.setQueryParameters(QueryParameters.of("month", month.toString()));
        link.setId(id);
        return link;
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
