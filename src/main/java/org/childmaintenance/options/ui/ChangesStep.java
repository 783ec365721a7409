package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementService;

/** Builder step 8: what you will do if circumstances change. */
@Route(value = "arrangement/:id([0-9]+)/changes", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class ChangesStep extends TextStep {
    public ChangesStep(ArrangementService arrangements) {
        super(arrangements, "arrangement.changes", "changes");
    }

    @Override
    protected void build(ArrangementDetails d) {
        fill(d.changesPlan(), "arrangement.changes.lead");
    }

    @Override
    protected void save() {
        arrangements.saveChangesPlan(id, text.getValue());
    }

    @Override
    protected Class<? extends Component> previous() {
        return HolidaysStep.class;
    }

    @Override
    protected Class<? extends Component> next() {
        return ReviewDateStep.class;
    }
}
