package org.childmaintenance.outreach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.outreach.OptionsQueue;
import org.childmaintenance.outreach.OutreachViews.RequestDetails;
import org.childmaintenance.outreach.RequestKind;
import org.childmaintenance.outreach.RequestStatus;
import org.childmaintenance.outreach.Times;
import org.childmaintenance.outreach.UkPhone;

/**
 * One request for casework: the safety answers first, in a red-bordered box (a concern, or "do not leave
 * a message"), then the details; take it, and record what happened.
 */
@Route(value = "casework/options/:helpRequestId([0-9]+)", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class OptionsRequestView extends PortalPage implements BeforeEnterObserver {
    static final String ID = "helpRequestId";
    private final OptionsQueue queue;
    private final ErrorSummary summary = new ErrorSummary();
    private final Div status = new Div();
    private long id;
    private String title = "";

    public OptionsRequestView(OptionsQueue queue) {
        this.queue = queue;
        status.setId("request-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong(ID).orElse(-1L);
        try {
            show(queue.request(id));
        } catch (UserFacingException e) {
            event.forwardTo(OptionsQueueView.class);
        }
    }

    private void show(RequestDetails r) {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("outreach.queue.back"), OptionsQueueView.class);
        back.setId("back-link");
        back.addClassName("back-link");
        add(back, summary, status);
        title = getTranslation("outreach.request.title", getTranslation("outreach.queue.kind." + r.kind().name()), r.reference());
        heading(title);
        if (r.safetyConcern() || Boolean.FALSE.equals(r.messageOk())) {
            add(safety(r));
        }
        add(details(r));
        if (r.status().open()) {
            actions(r);
        }
    }

    private Component safety(RequestDetails r) {
        Div box = Banner.of("safety", getTranslation("outreach.request.safetyTitle"), "", false);
        box.addClassName("banner--warning");
        box.getChildren().filter(Paragraph.class::isInstance).findFirst().ifPresent(box::remove);
        if (Boolean.FALSE.equals(r.messageOk())) {
            Paragraph p = new Paragraph(getTranslation("outreach.request.noMessage"));
            p.setId("safety-no-message");
            p.addClassName("warning-text__text");
            box.add(p);
        }
        if (r.safetyConcern()) {
            Paragraph p = new Paragraph(getTranslation("outreach.request.concern", r.safetyDetails() == null ? "" : r.safetyDetails()));
            p.setId("safety-concern");
            p.addClassName("warning-text__text");
            box.add(p);
        }
        return box;
    }

    private SummaryList details(RequestDetails r) {
        SummaryList list = new SummaryList();
        list.setId("request-details");
        list.row(getTranslation("outreach.mine.status"), getTranslation("outreach.status." + r.status().name()), null);
        list.row(getTranslation("outreach.request.name"), r.name() + (r.signedIn() ? " " + getTranslation("outreach.request.signedIn") : ""), null);
        if (r.phone() != null) {
            list.row(getTranslation("outreach.check.phone"), UkPhone.display(r.phone()), null);
        }
        if (r.email() != null) {
            list.row(getTranslation("outreach.check.email"), r.email(), null);
        }
        if (!r.times().isEmpty()) {
            list.row(getTranslation("outreach.check.times"), r.times().stream()
                    .map(t -> getTranslation("outreach.times." + t.name())).collect(Collectors.joining("; ")), null);
        }
        if (r.date() != null && r.time() != null && r.minutes() != null) {
            list.row(getTranslation("outreach.check.centre"), r.centreName(), null);
            list.row(getTranslation("outreach.check.slot"), Times.slot(r.date(), r.time(), r.minutes()), null);
        }
        if (r.referredBy() != null) {
            list.row(getTranslation("outreach.request.referredBy"), r.referredBy(), null);
        }
        if (r.topic() != null) {
            list.row(getTranslation("outreach.check.about"), getTranslation("outreach.topic." + r.topic().name()), null);
        }
        if (r.details() != null) {
            list.row(getTranslation(r.kind() == RequestKind.REFERRAL ? "partner.refer.help" : "outreach.about.details"),
                    r.details(), null);
        }
        if (r.cameFrom() != null) {
            list.row(getTranslation("outreach.request.cameFrom"), getTranslation("outreach.request.from." + r.cameFrom()), null);
        }
        list.row(getTranslation("outreach.request.assigned"), r.assignedName() == null
                ? getTranslation("inbox.assigned.none") : r.assignedName(), null);
        if (r.outcomeNote() != null) {
            list.row(getTranslation("outreach.request.note"), r.outcomeNote(), null);
        }
        return list;
    }

    private void actions(RequestDetails r) {
        if (!r.assignedToMe()) {
            Button take = new Button(getTranslation("outreach.request.assign"), e -> {
                queue.assignToMe(id);
                show(queue.request(id));
                status.setText(getTranslation("outreach.request.assigned.done"));
            });
            take.setId("assign-to-me");
            add(new Paragraph(take));
        }
        add(new H2(getTranslation("outreach.request.outcomeTitle")));
        boolean appointment = r.kind() == RequestKind.APPOINTMENT;
        RadioButtonGroup<RequestStatus> outcome = Forms.radios("outcome", getTranslation("outreach.request.outcome"), null,
                appointment ? List.of(RequestStatus.ATTENDED, RequestStatus.MISSED) : List.of(RequestStatus.DONE),
                s -> getTranslation("outreach.request.outcome." + s.name() + (s == RequestStatus.DONE ? "." + r.kind().name() : "")));
        TextArea note = new TextArea(getTranslation("outreach.request.noteLabel"));
        note.setId("note");
        note.addThemeName("helper-above-field");
        note.addClassName("field--area");
        add(Forms.group(outcome), Forms.group(note), Forms.primary("save-outcome", getTranslation("outreach.request.save"), e -> {
            Map<String, Component> fields = new LinkedHashMap<>();
            fields.put("outcome", outcome);
            fields.put("note", note);
            Forms.clearErrors(outcome, note);
            if (outcome.getValue() == null) {
                summary.show(Map.of(outcome, getTranslation("outreach.error.outcome.missing")));
                setShowingErrors(true);
                return;
            }
            try {
                queue.recordOutcome(id, outcome.getValue(), note.getValue());
                setShowingErrors(false);
                show(queue.request(id));
                status.setText(getTranslation("outreach.request.saved"));
            } catch (UserFacingException ex) {
                summary.show(ex.fieldErrors(), fields, outcome);
                setShowingErrors(true);
            }
        }));
    }

    @Override
    protected String pageTitle() {
        return title;
    }
}
