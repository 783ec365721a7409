package org.childmaintenance.options.ui;

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
import org.childmaintenance.options.ParentRole;

/** Builder step 1: will you pay or receive, and the other parent's name as it goes in the agreement. */
@Route(value = "arrangement/:id([0-9]+)/about", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class AboutStep extends StepPage {
    private final RadioButtonGroup<ParentRole> role = Forms.radios("role", getTranslation("arrangement.about.role"),
            null, List.of(ParentRole.values()), r -> getTranslation("arrangement.about.role." + r.name()));
    private final TextField otherName = Forms.text("other-name", getTranslation("arrangement.about.otherName"),
            getTranslation("arrangement.about.otherName.hint"));

    public AboutStep(ArrangementService arrangements) {
        super(arrangements, "arrangement.about");
        otherName.addClassName("field--wide");
    }

    @Override
    protected void build(ArrangementDetails d) {
        role.setValue(d.yourRole());
        otherName.setValue(d.otherParentName() == null ? "" : d.otherParentName());
        form.add(Forms.group(role), Forms.group(otherName));
    }

    @Override
    protected void save() {
        arrangements.saveParties(id, role.getValue(), otherName.getValue());
    }

    @Override
    protected Map<String, Component> fields() {
        Map<String, Component> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("otherName", otherName);
        return m;
    }

    @Override
    protected Class<? extends Component> previous() {
        return ArrangementHubView.class;
    }

    @Override
    protected Class<? extends Component> next() {
        return ChildrenStep.class;
    }
}
