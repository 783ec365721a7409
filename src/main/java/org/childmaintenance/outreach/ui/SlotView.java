package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
import org.childmaintenance.outreach.OutreachViews.SlotInfo;
import org.childmaintenance.outreach.Times;
import org.childmaintenance.outreach.ui.TalkSteps.Step;

/** A free time at the chosen centre, earliest first; none free sends the person to another choice. */
@Route(value = "talk-to-someone/time", layout = MainLayout.class)
@AnonymousAllowed
public class SlotView extends TalkQuestion {
    private final HelpRequests help;
    private final RadioButtonGroup<SlotInfo> slot = new RadioButtonGroup<>();

    public SlotView(HelpRequests help) {
        this.help = help;
        slot.setId("slot");
        slot.addThemeName("vertical");
        slot.setItemLabelGenerator(s -> Times.slot(s.date(), s.start(), s.minutes()));
        labelledByQuestion(slot);
    }

    @Override
    protected Step step() {
        return Step.SLOT;
    }

    @Override
    protected void build(TalkJourney journey) {
        String name = help.centres().stream().filter(c -> Objects.equals(c.id(), journey.centreId))
                .map(CentreInfo::name).findFirst().orElse("");
        List<SlotInfo> free = journey.centreId == null ? List.of() : help.freeSlots(journey.centreId);
        String question = getTranslation("outreach.slot.title", name);
        if (free.isEmpty()) {
            startQuestion(back(), getTranslation("outreach.caption"), question, null);
            paragraph(getTranslation("outreach.slot.none")).setId("no-slots");
            RouterLink other = new RouterLink(getTranslation("outreach.slot.otherCentre"), CentreView.class);
            RouterLink call = new RouterLink(getTranslation("outreach.centre.callInstead"), TalkStartView.class);
            add(new Paragraph(other), new Paragraph(call));
            return;
        }
        slot.setItems(free);
        free.stream().filter(s -> Objects.equals(s.id(), journey.slotId)).findFirst().ifPresent(slot::setValue);
        show(question, getTranslation("outreach.slot.hint"), Forms.group(slot));
    }

    @Override
    protected List<Component> fields() {
        return List.of(slot);
    }

    @Override
    protected Map<Component, String> save(TalkJourney journey) {
        if (slot.getValue() == null) {
            return error(slot, Optional.of("outreach.error.slot.missing"));
        }
        journey.slotId = slot.getValue().id();
        return Map.of();
    }
}
