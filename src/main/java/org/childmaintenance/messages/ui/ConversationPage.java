package org.childmaintenance.messages.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import org.childmaintenance.identity.ActingFor;
import org.childmaintenance.identity.ActingForBanner;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.FileUploadField;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.messages.ConversationKind;
import org.childmaintenance.messages.MessageService;
import org.childmaintenance.messages.MessageViews.ConversationDetail;
import org.childmaintenance.messages.MessageViews.DraftView;

/** One conversation: its history (opening it marks it read) and a reply box whose text is kept as a draft. */
@Route(value = "messages/:conversationId([0-9]+)", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE, Roles.EMPLOYER})
public class ConversationPage extends PortalPage implements BeforeEnterObserver {
    private final MessageService messages;
    private final ActingFor actingFor;
    private final ErrorSummary summary = new ErrorSummary();
    private long conversationId;
    private String title = "";
    private TextArea reply;
    private FileUploadField picker;

    public ConversationPage(MessageService messages, ActingFor actingFor) {
        this.messages = messages;
        this.actingFor = actingFor;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conversationId = Long.parseLong(event.getRouteParameters().get("conversationId").orElseThrow());
        boolean sent = event.getLocation().getQueryParameters().getSingleParameter("sent").isPresent();
        render(sent);
    }

    private void render(boolean sent) {
        removeAll();
        ConversationDetail d = messages.open(conversationId);
        title = getTranslation("messages.subject." + d.subject().name());
        RouterLink back = new RouterLink(getTranslation("messages.back"), MessagesView.class);
        back.setId("back-link");
        back.addClassName("back-link");
        add(back, summary);
        if (sent) {
            add(MessageParts.sentBanner(this));
        }
        heading(title);
        Paragraph about = paragraph(d.kind() == ConversationKind.CASE
                ? getTranslation("messages.about.case", d.caseReference() == null ? "" : d.caseReference())
                : d.orderReference() == null ? getTranslation("messages.about.employer")
                : getTranslation("messages.about.order", d.orderReference()));
        about.setId("conversation-about");
        about.addClassName("caption");
        add(MessageParts.history(this, d, false));
        if (d.caseId() != null) {
            ActingForBanner.addTo(this, actingFor, d.caseId()); // a representative sees for whom they write
        }
        H2 replyHeading = new H2(getTranslation("messages.reply.title"));
        replyHeading.setId("reply-heading");
        add(replyHeading);
        String draftKey = MessageService.replyDraftKey(conversationId);
        DraftView draft = messages.draft(draftKey);
        reply = MessageParts.messageBox(this, "reply-body", getTranslation("messages.reply.body"), messages.maxLength(),
                () -> messages.saveDraft(draftKey, new DraftView(null, null, null, reply.getValue(), null)));
        reply.setValue(draft.body());
        picker = MessageForm.attachments(this);
        add(reply, picker, Forms.primary("send-reply", getTranslation("messages.reply.send"), e -> send()));
    }

    private void send() {
        MessageForm.clear(summary, picker, reply);
        setShowingErrors(false);
        try {
            messages.reply(conversationId, reply.getValue(), MessageForm.files(picker));
            render(true);
            getElement().executeJs("const h=document.getElementById('sent-banner-title'); if(h){h.setAttribute('tabindex','-1'); h.focus();}");
        } catch (UserFacingException e) {
            Map<String, com.vaadin.flow.component.Component> fields = new LinkedHashMap<>();
            fields.put("body", reply);
            MessageForm.showErrors(this, summary, e, fields, picker, reply);
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return title.isEmpty() ? getTranslation("messages.title") : title + " – " + getTranslation("messages.title");
    }
}
