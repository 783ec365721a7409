package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.MemorableDateField;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.outreach.OutreachViews.SlotForm;
import org.childmaintenance.outreach.OutreachViews.SlotInfo;
import org.childmaintenance.outreach.PartnerCentres;
import org.childmaintenance.outreach.Times;

/** A centre's appointment slots: publish one (date, start time, length), see who booked, withdraw a free one. */
@Route(value = "partner/slots", layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
public class PartnerSlotsView extends PortalPage {
    private final PartnerCentres partners;
    private final ErrorSummary summary = new ErrorSummary();
    private final MemorableDateField date = new MemorableDateField("slot-date", "", null, false);
    private final TextField start = Forms.text("start-time", null, null);
    private final RadioButtonGroup<Integer> minutes;
    private final Div status = new Div();
    private final Div list = new Div();
    private final Map<String, Component> fields = new LinkedHashMap<>();

    public PartnerSlotsView(PartnerCentres partners) {
        this.partners = partners;
        addClassName("page--wide");
        RouterLink back = new RouterLink(getTranslation("outreach.back"), PartnerHomeView.class);
        back.setId("back-link");
        back.addClassName("back-link");
        add(back, summary);
        heading(getTranslation("partner.slots.title"));
        lead(getTranslation("partner.slots.lead", partners.myCentre().name()));
        status.setId("slot-status");
        status.getElement().setAttribute("role", "status");
        add(status);
        date.setLabel(getTranslation("partner.slots.date"));
        date.setHelperText(getTranslation("partner.slots.dateHint"));
        start.setLabel(getTranslation("partner.slots.start"));
        start.setHelperText(getTranslation("partner.slots.startHint"));
        start.addClassName("field--narrow");
        minutes = Forms.radios("minutes", getTranslation("partner.slots.length"), null, PartnerCentres.LENGTHS,
                m -> getTranslation("partner.slots.minutes", m));
        fields.put("date", date);
        fields.put("startTime", start);
        fields.put("minutes", minutes);
        add(new H2(getTranslation("partner.slots.add")), Forms.group(date), Forms.group(start), Forms.group(minutes),
                Forms.primary("publish-slot", getTranslation("partner.slots.publish"), e -> publish()));
        list.setId("slot-list");
        add(new H2(getTranslation("partner.slots.upcoming")), list);
        showSlots();
    }

    private void publish() {
        fields.values().forEach(c -> {
            if (c instanceof MemorableDateField d) {
                d.clearError();
            } else if (c instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        });
        status.setText("");
        String typing = date.isBlank() ? null : date.problemKey().orElse(null);
        if (typing != null) {
            date.showError(getTranslation(typing), typing);
            summary.show(Map.of(date, getTranslation(typing)));
            setShowingErrors(true);
            return;
        }
        LocalDate day = date.isBlank() ? null : date.getValue();
        try {
            partners.publishSlot(new SlotForm(day, start.getValue(), minutes.getValue()));
            summary.clear();
            setShowingErrors(false);
            status.setText(getTranslation("partner.slots.published", Times.date(day), start.getValue().strip()));
            start.clear();
            showSlots();
        } catch (UserFacingException e) {
            e.fieldErrors().stream().filter(f -> f.field().equals("date")).findFirst()
                    .ifPresent(f -> date.showError(getTranslation(f.message()), "date.error.real"));
            summary.show(e.fieldErrors(), fields, date);
            setShowingErrors(true);
        }
    }

    private void showSlots() {
        list.removeAll();
        List<SlotInfo> slots = partners.mySlots();
        if (slots.isEmpty()) {
            list.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("partner.slots.none")));
            return;
        }
        DataTable table = new DataTable(getTranslation("partner.slots.caption"), getTranslation("partner.slots.col.date"),
                getTranslation("partner.slots.col.time"), getTranslation("partner.slots.col.booked"),
                getTranslation("partner.slots.col.action"));
        table.setId("slots");
        for (SlotInfo s : slots) {
            Object action = "";
            if (!s.booked()) {
                Button withdraw = new Button(getTranslation("partner.slots.withdraw"), e -> withdraw(s));
                withdraw.setId("withdraw-" + s.id());
                withdraw.getElement().setAttribute("aria-label", getTranslation("partner.slots.withdrawLabel",
                        Times.date(s.date()), Times.time(s.start())));
                action = withdraw;
            }
            table.rowOf(Times.date(s.date()), Times.time(s.start()) + " – " + Times.time(s.end()),
                    s.booked() ? getTranslation("partner.slots.bookedBy", s.bookedBy(), s.bookedReference())
                            : getTranslation("partner.slots.free"), action);
        }
        list.add(table);
    }

    private void withdraw(SlotInfo s) {
        try {
            partners.withdrawSlot(s.id());
            status.setText(getTranslation("partner.slots.withdrawn", Times.date(s.date()), Times.time(s.start())));
        } catch (UserFacingException e) {
            status.setText(getTranslation(e.getMessage()));
        }
        showSlots();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("partner.slots.title");
    }
}
