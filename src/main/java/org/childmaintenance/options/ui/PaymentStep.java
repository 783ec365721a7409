package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementService;
import org.childmaintenance.options.ArrangementTypes.PaymentMethod;

/** Builder step 5: how and when it is paid; optional details to share for paying (never an address). */
@Route(value = "arrangement/:id([0-9]+)/payment", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class PaymentStep extends StepPage {
    private final RadioButtonGroup<PaymentMethod> method = Forms.radios("method",
            getTranslation("arrangement.payment.method"), null, List.of(PaymentMethod.values()),
            m -> getTranslation("arrangement.method." + m.name()));
    private final TextField timing = Forms.text("timing", getTranslation("arrangement.payment.timing"),
            getTranslation("arrangement.payment.timing.hint"));
    private final MemorableDateField firstPayment = new MemorableDateField("first-payment",
            getTranslation("arrangement.payment.first"), getTranslation("arrangement.payment.first.hint"), false);
    private final TextArea shared = new TextArea(getTranslation("arrangement.payment.shared"));

    public PaymentStep(ArrangementService arrangements) {
        super(arrangements, "arrangement.payment");
        timing.addClassName("field--wide");
        shared.setId("shared");
        shared.setHelperText(getTranslation("arrangement.payment.shared.hint"));
        shared.addThemeName("helper-above-field");
        shared.addClassName("field--area");
    }

    @Override
    protected void build(ArrangementDetails d) {
        method.setValue(d.paymentMethod());
        timing.setValue(d.paymentTiming() == null ? "" : d.paymentTiming());
        firstPayment.setValue(d.firstPaymentDate());
        shared.setValue(d.sharedDetails() == null ? "" : d.sharedDetails());
        form.add(Forms.group(method), Forms.group(timing), Forms.group(firstPayment), Forms.group(shared));
    }

    @Override
    protected void save() {
        arrangements.savePayment(id, method.getValue(), timing.getValue(), date(firstPayment, "firstPayment"),
                shared.getValue());
    }

    @Override
    protected Map<String, Component> fields() {
        Map<String, Component> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("timing", timing);
        m.put("firstPayment", firstPayment);
        m.put("shared", shared);
        return m;
    }

    @Override
    protected Class<? extends Component> previous() {
        return AmountStep.class;
    }

    @Override
    protected Class<? extends Component> next() {
        return ExtrasStep.class;
    }
}
