package org.childmaintenance.options.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.options.ArrangementRecords.ArrangementDetails;
import org.childmaintenance.options.ArrangementService;

/** Builder step 3: start from an estimate of what the statutory service would work out, or your own amount. */
@Route(value = "arrangement/:id([0-9]+)/starting-point", layout = MainLayout.class)
@RolesAllowed(Roles.PARENT)
public class StartingPointStep extends StepPage {
    enum Start { ESTIMATE, OWN_AMOUNT }

    private final RadioButtonGroup<Start> start = Forms.radios("start", null, null, List.of(Start.values()),
            s -> getTranslation("arrangement.start." + s.name()));

    public StartingPointStep(ArrangementService arrangements) {
        super(arrangements, "arrangement.start");
        start.getElement().setAttribute("aria-labelledby", "page-heading");
    }

    @Override
    protected void build(ArrangementDetails d) {
        start.clear();
        form.add(Forms.group(start));
    }

    @Override
    protected void save() {
        if (start.getValue() == null) {
            throw UserFacingException.onField("start", "error.arrangement.start.missing");
        }
    }

    @Override
    protected Map<String, Component> fields() {
        return Map.of("start", start);
    }

    @Override
    protected Class<? extends Component> previous() {
        return ChildrenStep.class;
    }

    @Override
    protected Class<? extends Component> next() {
        return start.getValue() == Start.ESTIMATE ? EstimateStep.class : AmountStep.class;
    }
}
