package org.childmaintenance.disputes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.MoneyText;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.OneQuestionPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.disputes.ComplaintService;
import org.childmaintenance.disputes.ComplaintStatus;
import org.childmaintenance.identity.Roles;

/**
 * Casework: one complaint with its history; the first answer, or the final response (which tells
 * the complainant about the Independent Case Examiner) with an optional consolatory payment.
 */
@Route(value = "casework/complaints/:id", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class ComplaintCaseworkView extends OneQuestionPage implements BeforeEnterObserver {
    private final ComplaintService complaints;
    private long id;

    public ComplaintCaseworkView(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = DisputeViews.id(event, "id");
        try {
            show(complaints.complaint(id), null);
        } catch (UserFacingException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(ComplaintService.ComplaintView c, String done) {
        startQuestion(new RouterLink(getTranslation("disputes.ui.back"), ComplaintQueueView.class), null,
                getTranslation("complaints.ui.complaintTitle", c.reference()), null);
        if (done != null) {
            Div banner = new Div(new Paragraph(done));
            banner.setId("done-banner");
            banner.addClassName("panel");
            add(banner);
        }
        SummaryList list = new SummaryList();
        list.setId("complaint-summary");
        list.row(getTranslation("complaints.ui.status"), getTranslation("complaints.status." + c.status().name()), null);
        list.row(getTranslation("complaints.ui.target"), DisputeViews.date(c.targetDate()), null);
        list.row(getTranslation("complaints.ui.category"), getTranslation("complaints.category." + c.category().name()), null);
        if (c.orderReference() != null) {
            list.row(getTranslation("complaints.ui.orderReference"), c.orderReference(), null);
        }
        list.row(getTranslation("complaints.ui.whatHappened"), c.whatHappened(), null);
        list.row(getTranslation("complaints.ui.wouldLike"), c.wouldLike(), null);
        if (c.answer() != null) {
            list.row(getTranslation("complaints.cw.answer"), c.answer(), null);
        }
        if (c.escalationReason() != null) {
            list.row(getTranslation("complaints.ui.reviewWhy"), c.escalationReason(), null);
        }
        if (c.finalAnswer() != null) {
            list.row(getTranslation("complaints.cw.final"), c.finalAnswer(), null);
        }
        add(list);
        if (c.status() == ComplaintStatus.RECEIVED || c.status() == ComplaintStatus.REVIEW_REQUESTED) {
            respond(c);
        }
    }

    private void respond(ComplaintService.ComplaintView c) {
        add(new H2(getTranslation("complaints.cw.respond")));
        TextArea text = new TextArea(getTranslation("complaints.cw.answer"));
        text.setId("answer");
        text.setMaxLength(4000);
        TextField payment = Forms.money("consolatory", getTranslation("complaints.cw.payment"),
                getTranslation("complaints.cw.paymentHint"));
        List<Component> parts = new java.util.ArrayList<>(List.of(text));
        if (c.status() == ComplaintStatus.RECEIVED) {
            Button answer = Forms.primary("send-answer", getTranslation("complaints.cw.sendAnswer"), e -> act(text, payment, false));
            parts.add(answer);
        }
        parts.add(payment);
        Button finalButton = new Button(getTranslation("complaints.cw.sendFinal"), e -> act(text, payment, true));
        finalButton.setId("send-final");
        parts.add(finalButton);
        add(parts.toArray(Component[]::new));
    }

    private void act(TextArea text, TextField payment, boolean finalResponse) {
        clearErrors(List.of(text, payment));
        Map<Component, String> errors = new LinkedHashMap<>();
        if (text.getValue().isBlank()) {
            errors.put(text, getTranslation("complaints.error.answer"));
        }
        BigDecimal amount = null;
        if (finalResponse && !payment.getValue().isBlank()) {
            amount = MoneyText.tryParse(payment.getValue()).orElse(null);
            if (amount == null) {
                errors.put(payment, getTranslation("complaints.error.consolatory"));
            }
        }
        if (errors.isEmpty()) {
            try {
                if (finalResponse) {
                    show(complaints.finalResponse(id, text.getValue(), amount), getTranslation("complaints.cw.finalSent"));
                } else {
                    show(complaints.answer(id, text.getValue()), getTranslation("complaints.cw.answerSent"));
                }
                return;
            } catch (UserFacingException ex) {
                String key = ex.fieldErrors().isEmpty() ? ex.getMessage() : ex.fieldErrors().getFirst().message();
                errors.put(ex.fieldErrors().stream().anyMatch(f -> f.field().equals("consolatory")) ? payment : text,
                        getTranslation(key));
            }
        }
        errors.forEach((field, message) -> {
            if (field instanceof com.vaadin.flow.component.HasValidation v) {
                v.setInvalid(true);
                v.setErrorMessage(message);
            }
        });
        showErrors(errors);
    }
}
