package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
import org.childmaintenance.options.ArrangementTypes.ExtrasPayer;

/** Builder step 6: who pays for school trips, clothes and activities. */
@Route(value = "arrangement/:id([0-9]+)/extras", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class ExtrasStep extends StepPage {
    private final RadioButtonGroup<ExtrasPayer> schoolTrips = group("school-trips", "arrangement.extras.schoolTrips");
    private final RadioButtonGroup<ExtrasPayer> clothes = group("clothes", "arrangement.extras.clothes");
    private final RadioButtonGroup<ExtrasPayer> activities = group("activities", "arrangement.extras.activities");

    public ExtrasStep(ArrangementService arrangements) {
        super(arrangements, "arrangement.extrasStep");
    }

    private RadioButtonGroup<ExtrasPayer> group(String id, String labelKey) {
        return Forms.radios(id, getTranslation(labelKey), null, List.of(ExtrasPayer.values()),
                p -> getTranslation("arrangement.extras." + p.name()));
    }

    @Override
    protected void build(ArrangementDetails d) {
        schoolTrips.setValue(d.schoolTrips());
        clothes.setValue(d.clothes());
        activities.setValue(d.activities());
        form.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("arrangement.extrasStep.lead")));
        form.add(Forms.group(schoolTrips), Forms.group(clothes), Forms.group(activities));
    }

    @Override
    protected void save() {
        arrangements.saveExtras(id, schoolTrips.getValue(), clothes.getValue(), activities.getValue());
    }

    @Override
    protected Map<String, Component> fields() {
        Map<String, Component> m = new LinkedHashMap<>();
        m.put("schoolTrips", schoolTrips);
        m.put("clothes", clothes);
        m.put("activities", activities);
        return m;
    }

    @Override
    protected Class<? extends Component> previous() {
        return PaymentStep.class;
    }

    @Override
    protected Class<? extends Component> next() {
        return HolidaysStep.class;
    }
}
