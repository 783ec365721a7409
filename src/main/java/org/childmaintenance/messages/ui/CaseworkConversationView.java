package org.childmaintenance.messages.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.ui.ErrorSummary;
import org.childmaintenance.base.ui.FileUploadField;
import org.childmaintenance.base.ui.Forms;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.base.ui.SummaryList;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.messages.CaseworkMessages;
import org.childmaintenance.messages.CaseworkMessages.Template;
import org.childmaintenance.messages.MessageService;
import org.childmaintenance.messages.MessageViews.ConversationDetail;

/**
 * One conversation for casework: everything in it (internal notes marked), "Assign to me", a reply
 * (optionally from a template) signed "Child Maintenance Service", and an internal note.
 */
@Route(value = "casework/messages/:conversationId([0-9]+)", layout = MainLayout.class)
@RolesAllowed(Roles.CASEWORKER)
public class CaseworkConversationView extends PortalPage implements BeforeEnterObserver {
    private final CaseworkMessages casework;
    private final MessageService messages;
    private final ErrorSummary summary = new ErrorSummary();
    private long conversationId;
    private String title = "";
    private TextArea reply;
    private TextArea note;
    private FileUploadField picker;

    public CaseworkConversationView(CaseworkMessages casework, MessageService messages) {
        this.casework = casework;
        this.messages = messages;
        addClassName("page--wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conversationId = Long.parseLong(event.getRouteParameters().get("conversationId").orElseThrow());
        render();
    }

    private void render() {
        removeAll();
        ConversationDetail d = casework.open(conversationId);
        title = getTranslation("messages.subject." + d.subject().name());
        RouterLink back = new RouterLink(getTranslation("inbox.back"), CaseworkInboxView.class);
        back.setId("back-link");
        back.addClassName("back-link");
        add(back, summary);
        heading(title);
        SummaryList facts = new SummaryList();
        facts.setId("conversation-facts");
        if (d.caseReference() != null) {
            facts.row(getTranslation("inbox.fact.case"), d.caseReference(), null);
        }
        if (d.organisationName() != null) {
            facts.row(getTranslation("inbox.fact.employer"), d.organisationName(), null);
        }
        if (d.orderReference() != null) {
            facts.row(getTranslation("inbox.fact.order"), d.orderReference(), null);
        }
        facts.row(getTranslation("inbox.fact.assigned"), d.assignedToMe() ? getTranslation("inbox.assigned.me")
                : d.assignedTo() != null ? getTranslation("inbox.assigned.other") : getTranslation("inbox.assigned.none"), null);
        add(facts);
        if (!d.assignedToMe()) {
            Button assign = new Button(getTranslation("inbox.assign"), e -> {
                casework.assignToMe(conversationId);
                render();
            });
            assign.setId("assign-to-me");
            add(assign);
        }
        add(MessageParts.history(this, d, true));

        add(new H2(getTranslation("inbox.reply.title")));
        Select<Template> template = new Select<>();
        template.setId("reply-template");
        org.childmaintenance.base.ui.Forms.label(template, getTranslation("inbox.template"));
        template.setItems(Arrays.asList(Template.values()));
        template.setItemLabelGenerator(t -> getTranslation("messages.template." + t.name()));
        template.setPlaceholder(getTranslation("inbox.template.none"));
        reply = MessageParts.messageBox(this, "reply-body", getTranslation("inbox.reply.body"), messages.maxLength(), () -> { });
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                reply.setValue(getTranslation("messages.template." + e.getValue().name() + ".body"));
            }
        });
        picker = MessageForm.attachments(this);
        add(template, reply, picker, Forms.primary("send-reply", getTranslation("inbox.reply.send"), e -> sendReply()));

        add(new H2(getTranslation("inbox.note.title")));
        note = new TextArea(getTranslation("inbox.note.body"));
        note.setId("note-body");
        note.setHelperText(getTranslation("inbox.note.hint"));
        note.addThemeName("helper-above-field");
        note.addClassName("field--area");
        note.setWidthFull();
        Button addNote = new Button(getTranslation("inbox.note.add"), e -> addNote());
        addNote.setId("add-note");
        add(note, addNote);
    }

    private void sendReply() {
        MessageForm.clear(summary, picker, reply, note);
        try {
            casework.reply(conversationId, reply.getValue(), MessageForm.files(picker));
            render();
        } catch (UserFacingException e) {
            Map<String, com.vaadin.flow.component.Component> fields = new LinkedHashMap<>();
            fields.put("body", reply);
            MessageForm.showErrors(this, summary, e, fields, picker, reply);
            setShowingErrors(true);
        }
    }

    private void addNote() {
        MessageForm.clear(summary, picker, reply, note);
        try {
            casework.addNote(conversationId, note.getValue());
            render();
        } catch (UserFacingException e) {
            Map<String, com.vaadin.flow.component.Component> fields = new LinkedHashMap<>();
            fields.put("body", note);
            MessageForm.showErrors(this, summary, e, fields, picker, note);
            setShowingErrors(true);
        }
    }

    @Override
    protected String pageTitle() {
        return title.isEmpty() ? getTranslation("inbox.title") : title + " – " + getTranslation("inbox.title");
    }
}
