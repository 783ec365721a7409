package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementService;

/** Builder step 3a: an estimate from the calculation engine (paying parent's income, overnight stays). */
@Route(value = "arrangement/:id([0-9]+)/estimate", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class EstimateStep extends StepPage {
    private final TextField income = Forms.money("income", getTranslation("arrangement.estimate.income"),
            getTranslation("arrangement.estimate.income.hint"));
    private final TextField nights = Forms.text("nights", getTranslation("arrangement.estimate.nights"),
            getTranslation("arrangement.estimate.nights.hint"));

    public EstimateStep(ArrangementService arrangements) {
        super(arrangements, "arrangement.estimate");
        nights.addClassName("field--narrow");
        nights.getElement().setAttribute("inputmode", "numeric");
    }

    @Override
    protected void build(ArrangementDetails d) {
        form.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("arrangement.estimate.lead")));
        form.add(Forms.group(income), Forms.group(nights));
    }

    @Override
    protected void save() {
        arrangements.estimate(id, income.getValue(), nights.getValue());
    }

    @Override
    protected Map<String, Component> fields() {
        Map<String, Component> m = new LinkedHashMap<>();
        m.put("income", income);
        m.put("nights", nights);
        return m;
    }

    @Override
    protected Class<? extends Component> previous() {
        return StartingPointStep.class;
    }

    @Override
    protected Class<? extends Component> next() {
        return AmountStep.class;
    }
}
