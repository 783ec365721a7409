package org.childmaintenance.messages.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.ActingForBanner;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.FileUploadField;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.messages.MessageService;
import org.childmaintenance.messages.MessageViews.CaseChoice;
import org.childmaintenance.messages.MessageViews.DraftView;
import org.childmaintenance.messages.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Write a new message: which case (a parent with more than one), or which order (an employer,
 * optional; filled in when they come from an order's page), the subject, the message and any files. What is typed is saved as a draft as it is
 * typed and comes back after a lost connection or signing out.
 */
@Route(value = "messages/new/:caseId?([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE, Roles.EMPLOYER})
public class NewMessageView extends PortalPage implements BeforeEnterObserver {
    private final MessageService messages;
    private final ActingFor actingFor;
    private final ErrorSummary summary = new ErrorSummary();
    private @Nullable RadioButtonGroup<CaseChoice> caseChoice;
    private @Nullable TextField orderReference;
    private @Nullable Long fixedCaseId;
    private RadioButtonGroup<Subject> subject;
    private TextArea body;
    private FileUploadField picker;
    private boolean employer;

    public NewMessageView(MessageService messages, ActingFor actingFor) {
        this.messages = messages;
        this.actingFor = actingFor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        employer = hasRole(Roles.EMPLOYER);
        RouterLink back = new RouterLink(getTranslation("messages.back"), MessagesView.class);
        back.setId("back-link");
        back.addClassName("back-link");
        add(back, summary);
        heading(getTranslation("messages.new.title"));
        DraftView draft = messages.draft(MessageService.NEW_DRAFT);
        fixedCaseId = event.getRouteParameters().get("caseId").map(Long::valueOf).orElse(null);
        if (fixedCaseId != null) {
            ActingForBanner.addTo(this, actingFor, fixedCaseId); // a representative sees for whom they write
        }
        if (!employer && fixedCaseId == null) {
            if (hasRole(Roles.REPRESENTATIVE)) {
                paragraph(getTranslation("messages.new.representativeNoCase")).setId("no-case");
                return;
            }
            List<CaseChoice> cases = messages.casesICanWriteAbout();
            if (cases.isEmpty()) {
                paragraph(getTranslation("messages.new.noCase")).setId("no-case");
                return;
            }
            if (cases.size() == 1) {
                fixedCaseId = cases.getFirst().caseId();
                paragraph(getTranslation("messages.new.aboutCase", cases.getFirst().reference())).setId("about-case");
            } else {
                caseChoice = Forms.radios("case-choice", getTranslation("messages.new.case"), null, cases,
                        c -> getTranslation("messages.new.caseOption", c.reference()));
                cases.stream().filter(c -> Long.valueOf(c.caseId()).equals(draft.caseId())).findFirst().ifPresent(caseChoice::setValue);
                caseChoice.addValueChangeListener(e -> saveDraft());
                add(caseChoice);
            }
        }
        if (employer) {
            orderReference = Forms.text("order-reference", getTranslation("messages.new.order"),
                    getTranslation("messages.new.order.hint"));
            orderReference.setMaxLength(60);
            // "Message us about this order" on an order page fills in its reference
            String fromOrder = event.getLocation().getQueryParameters().getSingleParameter("order")
                    .map(String::strip).filter(r -> !r.isEmpty() && r.length() <= 60).orElse(null);
            if (fromOrder != null) {
                orderReference.setValue(fromOrder);
            } else if (draft.orderReference() != null) {
                orderReference.setValue(draft.orderReference());
            }
            orderReference.addBlurListener(e -> saveDraft());
            add(orderReference);
        }
        subject = Forms.radios("subject", getTranslation("messages.new.subject"), null, Arrays.asList(Subject.values()),
                s -> getTranslation("messages.subject." + s.name()));
        if (draft.subject() != null) {
            subject.setValue(draft.subject());
        }
        subject.addValueChangeListener(e -> saveDraft());
        body = MessageParts.messageBox(this, "message-body", getTranslation("messages.new.body"), messages.maxLength(),
                this::saveDraft);
        body.setValue(draft.body());
        if (draft.savedAt() != null && !draft.body().isBlank()) {
            Paragraph restored = new Paragraph(getTranslation("messages.draft.restored", MessageParts.when(draft.savedAt())));
            restored.setId("draft-restored");
            restored.addClassName("inset-text");
            add(restored);
        }
        picker = MessageForm.attachments(this);
        add(subject, body, picker, Forms.primary("send-message", getTranslation("messages.new.send"), e -> send()));
    }

    private void saveDraft() {
        messages.saveDraft(MessageService.NEW_DRAFT, new DraftView(subject == null ? null : subject.getValue(),
                caseChoice != null && caseChoice.getValue() != null ? Long.valueOf(caseChoice.getValue().caseId()) : fixedCaseId,
                orderReference == null ? null : orderReference.getValue(), body == null ? "" : body.getValue(), null));
    }

    private void send() {
        MessageForm.clear(summary, picker, subject, body, caseChoice == null ? body : caseChoice,
                orderReference == null ? body : orderReference);
        setShowingErrors(false);
        try {
            long id;
            if (employer) {
                id = messages.startAsEmployer(orderReference.getValue(), subject.getValue(), body.getValue(), MessageForm.files(picker));
            } else {
                Long caseId = caseChoice != null ? caseChoice.getValue() == null ? null : caseChoice.getValue().caseId() : fixedCaseId;
                id = messages.startAboutCase(caseId, subject.getValue(), body.getValue(), MessageForm.files(picker));
            }
            getUI().ifPresent(ui -> ui.navigate(ConversationPage.class, new RouteParameters("conversationId", Long.toString(id)),
                    QueryParameters.of("sent", "1")));
        } catch (UserFacingException e) {
            Map<String, Component> fields = new LinkedHashMap<>();
            if (caseChoice != null) {
                fields.put("caseId", caseChoice);
            }
            if (orderReference != null) {
                fields.put("orderReference", orderReference);
            }
            fields.put("subject", subject);
            fields.put("body", body);
            MessageForm.showErrors(this, summary, e, fields, picker, body);
            setShowingErrors(true);
        } catch (AccessDeniedException e) {
            // Scope withdrawn while writing: opening the page again shows "You cannot see this page".
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        }
    }

    private static boolean hasRole(String role) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    @Override
    protected String pageTitle() {
        return getTranslation("messages.new.title");
    }
}
