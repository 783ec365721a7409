package org.childmaintenance.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.cases.PartyRole;
import org.childmaintenance.cases.SafetyFlags;

/** The casework action that sets a party's safety flag (LC-17.6), e.g. after a phone call. */
class SafetyFlagForm extends Div {

    SafetyFlagForm(SafetyFlags safety) {
        setId("safety-flag-form");
        H2 title = new H2(getTranslation("casework.safety.title"));
        TextField reference = new TextField(getTranslation("casework.safety.reference"));
        reference.setId("safetyReference");
        RadioButtonGroup<PartyRole> role = new RadioButtonGroup<>(getTranslation("casework.safety.who"));
        role.setId("safetyRole");
        role.setItems(PartyRole.values());
        role.setItemLabelGenerator(r -> getTranslation("casework.safety.role." + r.name()));
        Paragraph result = new Paragraph();
        result.setId("safety-flag-result");
        result.getElement().setAttribute("role", "status");
        add(title, reference, role, Forms.primary("set-safety-flag", getTranslation("casework.safety.button"), e -> {
            reference.setInvalid(false);
            if (role.getValue() == null) {
                role.setInvalid(true);
                role.setErrorMessage(getTranslation("error.casework.safety.role"));
                return;
            }
            role.setInvalid(false);
            try {
                safety.flagByCaseworker(reference.getValue(), role.getValue());
                result.setText(getTranslation("casework.safety.done", reference.getValue().trim()));
            } catch (UserFacingException ex) {
                reference.setInvalid(true);
                reference.setErrorMessage(getTranslation(ex.getMessage()));
            }
        }), result);
    }
}
