package org.childmaintenance.messages.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.childmaintenance.base.ui.DataTable;
import org.childmaintenance.base.ui.MainLayout;
import org.childmaintenance.base.ui.PortalPage;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.messages.ConversationKind;
import org.childmaintenance.messages.MessageService;
import org.childmaintenance.messages.MessageViews.ConversationSummary;

/** "Messages": the person's conversations with the service, latest first, unread ones marked. */
@Route(value = "messages", layout = MainLayout.class)
@RolesAllowed({Roles.PARENT, Roles.REPRESENTATIVE, Roles.EMPLOYER})
public class MessagesView extends PortalPage implements BeforeEnterObserver {
    private final MessageService messages;

    public MessagesView(MessageService messages) {
        this.messages = messages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        heading(getTranslation("messages.title"));
        lead(getTranslation("messages.lead"));
        RouterLink write = new RouterLink(getTranslation("messages.new.link"), NewMessageView.class);
        write.setId("write-message");
        write.addClassName("button-link");
        add(new Paragraph(write));
        List<ConversationSummary> mine = messages.myConversations();
        if (mine.isEmpty()) {
            Paragraph none = paragraph(getTranslation("messages.none"));
            none.setId("no-messages");
            return;
        }
        DataTable table = new DataTable(getTranslation("messages.caption"), getTranslation("messages.col.subject"),
                getTranslation("messages.col.about"), getTranslation("messages.col.last"), getTranslation("messages.col.status"));
        table.setId("conversations");
        for (ConversationSummary c : mine) {
            RouterLink open = new RouterLink(getTranslation("messages.subject." + c.subject().name()), ConversationPage.class,
                    new RouteParameters("conversationId", Long.toString(c.id())));
            open.setId("conversation-" + c.id());
            String about = c.kind() == ConversationKind.CASE
                    ? getTranslation("messages.about.case", c.caseReference() == null ? "" : c.caseReference())
                    : c.orderReference() == null ? getTranslation("messages.about.employer")
                    : getTranslation("messages.about.order", c.orderReference());
            Span status = new Span(c.unread() > 0 ? getTranslation("messages.status.unread", c.unread())
                    : getTranslation("messages.status.read"));
            status.addClassName("tag");
            status.addClassName(c.unread() > 0 ? "tag--blue" : "tag--grey");
            status.setId("status-" + c.id());
            table.rowOf(open, about, MessageParts.when(c.lastMessageAt()), status);
        }
        add(table);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("messages.title");
    }
}
