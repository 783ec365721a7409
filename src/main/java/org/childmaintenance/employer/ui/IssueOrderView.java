package org.childmaintenance.employer.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.PayFrequency;
import org.childmaintenance.identity.OrganisationDirectory;
import org.childmaintenance.identity.OrganisationDirectory.OrganisationInfo;
import org.childmaintenance.identity.Roles;

/** Casework: issue a deduction from earnings order to an employer for a case's paying parent. */
@Route(value = "casework/deductions/issue", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class IssueOrderView extends FormPage {
    private final DeductionOrderService orders;
    private final TextField caseReference = Forms.text("case-reference", "", null);
    private final Select<OrganisationInfo> organisation = new Select<>();
    private final TextField payroll = Forms.text("payroll-number", "", null);
    private final RadioButtonGroup<PayFrequency> frequency;
    private final MemorableDateField start = new MemorableDateField("start-date", "", null, false);
    private final TextField arrears = Forms.money("monthly-arrears", "", null);

    public IssueOrderView(DeductionOrderService orders, OrganisationDirectory organisations) {
        this.orders = orders;
        RouterLink back = new RouterLink(getTranslation("common.back"), DeductionOrdersCaseworkView.class);
        back.addClassName("back-link");
        addComponentAsFirst(back);
        heading(getTranslation("employer.issue.title"));
        paragraph(getTranslation("employer.issue.lead"));
        caseReference.setLabel(getTranslation("employer.issue.case"));
        organisation.setId("organisation");
        org.childmaintenance.base.ui.Forms.label(organisation, getTranslation("employer.issue.organisation"));
        organisation.setItems(organisations.all());
        organisation.setItemLabelGenerator(OrganisationInfo::name);
        payroll.setLabel(getTranslation("employer.issue.payroll"));
        frequency = Forms.radios("frequency", getTranslation("employer.order.frequency"), null, List.of(PayFrequency.values()),
                f -> getTranslation("employer.frequency." + f.name()));
        start.setLabel(getTranslation("employer.issue.start"));
        start.setHelperText(getTranslation("employer.issue.startHint"));
        arrears.setLabel(getTranslation("employer.issue.arrears"));
        arrears.setHelperText(getTranslation("employer.issue.arrearsHint"));
        fields.put("caseReference", caseReference);
        fields.put("organisation", organisation);
        fields.put("payrollNumber", payroll);
        fields.put("frequency", frequency);
        fields.put("startDate", start);
        fields.put("monthlyArrears", arrears);
        add(caseReference, organisation, payroll, frequency, start, arrears,
                Forms.primary("issue", getTranslation("employer.issue.submit"), e -> save()));
    }

    private void save() {
        LocalDate date = date(start);
        final long[] id = new long[1];
        if (submit(() -> id[0] = orders.issue(new DeductionOrderService.IssueRequest(caseReference.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(), payroll.getValue(),
                frequency.getValue(), date, arrears.getValue())))) {
            getUI().ifPresent(ui -> ui.navigate(CaseworkOrderView.class,
                    new RouteParameters(OrderView.ORDER_ID, Long.toString(id[0]))));
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("employer.issue.title");
    }
}
