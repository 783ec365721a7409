package org.childmaintenance.messages.ui;


import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.function.Consumer;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.identity.Roles;
import org.childmaintenance.messages.CaseworkMessages;
import org.childmaintenance.messages.MessageService;


/**
 * Puts the count in the "Messages" link of the service navigation after every navigation ("Messages
 * (2 unread)"; casework: conversations waiting for an answer). The layout builds the links from
 * {@link org.childmaintenance.base.ui.NavItem} beans, which carry no count, so this runs just before
 * each response, once the page and the layout have done their work.
 */
@org.springframework.stereotype.Component
class UnreadCounts implements VaadinServiceInitListener {
    private final MessageService messages;
    private final CaseworkMessages casework;
    private final CurrentUser currentUser;

    UnreadCounts(MessageService messages, CaseworkMessages casework, CurrentUser currentUser) {
        this.messages = messages;
        this.casework = casework;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(nav -> ui.beforeClientResponse(ui, ctx -> decorate(ui)));
        });
    }

    void decorate(UI ui) {
        if (currentUser.get().isEmpty()) {
            return;
        }
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        String customer = routes.getUrl(MessagesView.class);
        String staff = routes.getUrl(CaseworkInboxView.class);
        each(ui, link -> {
            if (link.getHref().equals(customer) && !currentUser.hasRole(Roles.CASEWORKER)) {
                int unread = messages.myUnreadCount();
                setText(link, unread == 0 ? ui.getTranslation("messages.nav")
                        : ui.getTranslation("messages.nav.unread", unread));
            } else if (link.getHref().equals(staff) && currentUser.hasRole(Roles.CASEWORKER)) {
                long waiting = casework.awaitingCount();
                setText(link, waiting == 0 ? ui.getTranslation("messages.nav.inbox")
                        : ui.getTranslation("messages.nav.inboxWaiting", waiting));
            }
        });
    }

    /** The layout keeps its menu between pages: change the text only when the count changed (nothing to send). */
    private static void setText(RouterLink link, String text) {
        if (!text.equals(link.getText())) {
            link.setText(text);
        }
    }

    private static void each(com.vaadin.flow.component.Component root, Consumer<RouterLink> action) {
        root.getChildren().forEach(child -> {
            if (child instanceof RouterLink link && link.findAncestor(com.vaadin.flow.component.html.Nav.class) != null) {
                action.accept(link);
            } else {
                each(child, action);
            }
        });
    }
}
