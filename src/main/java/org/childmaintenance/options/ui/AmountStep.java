package org.childmaintenance.options.ui;

import org.childmaintenance.base.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.ArrangementTypes.Frequency;
import org.childmaintenance.options.Display;

/** Builder step 4: the amount and how often. Offers the estimate, if there is one. */
@Route(value = "arrangement/:id([0-9]+)/amount", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class AmountStep extends StepPage {
    private final TextField amount = Forms.money("amount", getTranslation("arrangement.amount.amount"),
            getTranslation("arrangement.amount.amount.hint"));
    private final RadioButtonGroup<Frequency> frequency = Forms.radios("frequency",
            getTranslation("arrangement.amount.frequency"), null, List.of(Frequency.values()),
            f -> getTranslation("arrangement.frequency." + f.name()));

    public AmountStep(ArrangementService arrangements) {
        super(arrangements, "arrangement.amount");
    }

    @Override
    protected void build(ArrangementDetails d) {
        if (d.estimateWeekly() != null) {
            form.add(Pages.inset(getTranslation("arrangement.amount.estimate", MoneyText.format(d.estimateWeekly()),
                    MoneyText.format(ArrangementService.weeklyEquivalentToMonthly(d.estimateWeekly())))));
        }
        amount.setValue(d.amount() != null ? d.amount().toPlainString()
                : d.estimateWeekly() != null ? d.estimateWeekly().toPlainString() : "");
        frequency.setValue(d.frequency());
        form.add(Forms.group(amount), Forms.group(frequency));
    }

    @Override
    protected void save() {
        arrangements.saveAmount(id, amount.getValue(), frequency.getValue());
    }

    @Override
    protected Map<String, Component> fields() {
        Map<String, Component> m = new LinkedHashMap<>();
        m.put("amount", amount);
        m.put("frequency", frequency);
        return m;
    }

    @Override
    protected Class<? extends Component> previous() {
        return StartingPointStep.class;
    }

    @Override
    protected Class<? extends Component> next() {
        return PaymentStep.class;
    }
}
