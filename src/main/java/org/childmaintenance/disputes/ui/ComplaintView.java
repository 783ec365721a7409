package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.disputes.ComplaintService;
import org.childmaintenance.identity.Roles;
import org.jspecify.annotations.Nullable;

/**
 * One complaint as its complainant sees it: what they said, its history with dates, the answer, "I am
 * not satisfied — ask for a review", and after the final response how to go to the Independent Case Examiner.
 */
@Route(value = "complaints/view/:id/:caseId?", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE, Roles.EMPLOYER})
public class ComplaintView extends OneQuestionPage implements BeforeEnterObserver {
    private final ComplaintService complaints;
    private long id;
    private @Nullable Long caseId;

    public ComplaintView(ComplaintService complaints) {
        this.complaints = complaints;
    }

    static RouteParameters params(long id, @Nullable Long caseId) {
        return caseId == null ? new RouteParameters("id", Long.toString(id))
                : new RouteParameters(Map.of("id", Long.toString(id), "caseId", Long.toString(caseId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = DisputeViews.id(event, "id");
        caseId = DisputeViews.optionalId(event, "caseId");
        DisputeViews.load(event, () -> show(complaints.myComplaint(caseId, id)));
    }

    private void show(ComplaintService.ComplaintView c) {
        RouterLink back = new RouterLink(getTranslation("disputes.ui.back"), ComplaintsView.class,
                caseId == null ? RouteParameters.empty() : new RouteParameters("caseId", Long.toString(caseId)));
        startQuestion(back, null, getTranslation("complaints.ui.complaintTitle", c.reference()), null);
        SummaryList list = new SummaryList();
        list.setId("complaint-summary");
        list.row(getTranslation("complaints.ui.status"), getTranslation("complaints.status." + c.status().name()), null);
        list.row(getTranslation("complaints.ui.category"), getTranslation("complaints.category." + c.category().name()), null);
        if (c.orderReference() != null) {
            list.row(getTranslation("complaints.ui.orderReference"), c.orderReference(), null);
        }
        list.row(getTranslation("complaints.ui.whatHappened"), c.whatHappened(), null);
        list.row(getTranslation("complaints.ui.wouldLike"), c.wouldLike(), null);
        add(list);
        add(new H2(getTranslation("complaints.ui.history")));
        Div history = new Div();
        history.setId("complaint-history");
        history.add(new Paragraph(getTranslation("complaints.ui.h.made", DisputeViews.date(c.createdAt()))));
        if (c.answeredAt() != null) {
            history.add(new Paragraph(getTranslation("complaints.ui.h.answered", DisputeViews.date(c.answeredAt()))),
                    new Paragraph(c.answer()));
        }
        if (c.escalatedAt() != null) {
            history.add(new Paragraph(getTranslation("complaints.ui.h.review", DisputeViews.date(c.escalatedAt()))));
        }
        if (c.finalAt() != null) {
            history.add(new Paragraph(getTranslation("complaints.ui.h.final", DisputeViews.date(c.finalAt()))),
                    new Paragraph(c.finalAnswer()));
            if (c.consolatory() != null) {
                history.add(new Paragraph(getTranslation("complaints.ui.h.payment", MoneyText.format(c.consolatory()))));
            }
        } else {
            history.add(new Paragraph(getTranslation("complaints.ui.h.target", DisputeViews.date(c.targetDate()))));
        }
        add(history);
        if (c.mayGoToIce()) {
            add(new H2(getTranslation("complaints.ui.iceHeading")));
            Paragraph ice = new Paragraph(getTranslation("complaints.ui.ice"));
            ice.setId("ice");
            add(ice, new Paragraph(new Anchor(DisputeViews.ICE_GUIDANCE, getTranslation("complaints.ui.iceLink"))));
        }
        if (c.canAskForReview()) {
            add(new H2(getTranslation("complaints.ui.reviewHeading")));
            TextArea why = new TextArea(getTranslation("complaints.ui.reviewWhy"));
            why.setId("escalation-reason");
            why.setMaxLength(4000);
            Button ask = Forms.primary("ask-review", getTranslation("complaints.ui.askReview"), e -> {
                clearErrors(List.of(why));
                try {
                    show(complaints.askForReview(caseId, id, why.getValue()));
                } catch (UserFacingException ex) {
                    String key = ex.fieldErrors().isEmpty() ? ex.getMessage() : ex.fieldErrors().getFirst().message();
                    why.setInvalid(true);
                    why.setErrorMessage(getTranslation(key));
                    showErrors(Map.of(why, getTranslation(key)));
                }
            });
            add(why, ask);
        }
    }
}
