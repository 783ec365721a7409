package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementService;

/** Builder step 7: school holidays, birthdays and festivals. */
@Route(value = "arrangement/:id([0-9]+)/holidays", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class HolidaysStep extends TextStep {
    public HolidaysStep(ArrangementService arrangements) {
        super(arrangements, "arrangement.holidays", "holidays");
    }

    @Override
    protected void build(ArrangementDetails d) {
        fill(d.holidays(), "arrangement.holidays.lead");
    }

    @Override
    protected void save() {
        arrangements.saveHolidays(id, text.getValue());
    }

    @Override
    protected Class<? extends Component> previous() {
        return ExtrasStep.class;
    }

    @Override
    protected Class<? extends Component> next() {
        return ChangesStep.class;
    }
}
