package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.outreach.HelpRequests;
import org.childmaintenance.outreach.OutreachViews.CentreInfo;
import org.childmaintenance.outreach.ui.TalkSteps.Step;

/** Which partner centre: each with its address and opening times. */
@Route(value = "talk-to-someone/centre", layout = MainLayout.class)
@AnonymousAllowed
public class CentreView extends TalkQuestion {
    private final HelpRequests help;
    private final RadioButtonGroup<CentreInfo> centre = new RadioButtonGroup<>();

    public CentreView(HelpRequests help) {
        this.help = help;
        centre.setId("centre");
        centre.addThemeName("vertical");
        centre.setRenderer(new ComponentRenderer<>(CentreView::describe));
        labelledByQuestion(centre);
    }

    static Component describe(CentreInfo c) {
        Span name = new Span(c.name());
        name.getStyle().set("font-weight", "700").set("display", "block");
        Span address = new Span(c.address());
        address.getStyle().set("display", "block");
        Span open = new Span(c.openingTimes());
        open.addClassName("hint");
        open.getStyle().set("display", "block");
        return new Div(name, address, open);
    }

    @Override
    protected Step step() {
        return Step.CENTRE;
    }

    @Override
    protected void build(TalkJourney journey) {
        List<CentreInfo> centres = help.centres();
        if (centres.isEmpty()) {
            startQuestion(back(), getTranslation("outreach.caption"), getTranslation("outreach.centre.title"), null);
            paragraph(getTranslation("outreach.centre.none")).setId("no-centres");
            RouterLink start = new RouterLink(getTranslation("outreach.centre.callInstead"), TalkStartView.class);
            add(new com.vaadin.flow.component.html.Paragraph(start));
            return;
        }
        centre.setItems(centres);
        centres.stream().filter(c -> Objects.equals(c.id(), journey.centreId)).findFirst().ifPresent(centre::setValue);
        show(getTranslation("outreach.centre.title"), getTranslation("outreach.centre.hint"), Forms.group(centre));
    }

    @Override
    protected List<Component> fields() {
        return List.of(centre);
    }

    @Override
    protected Map<Component, String> save(TalkJourney journey) {
        if (centre.getValue() == null) {
            return error(centre, Optional.of("outreach.error.centre.missing"));
        }
        if (!Objects.equals(journey.centreId, centre.getValue().id())) {
            journey.slotId = null; // a time at another centre is no answer here
        }
        journey.centreId = centre.getValue().id();
        return Map.of();
    }
}
