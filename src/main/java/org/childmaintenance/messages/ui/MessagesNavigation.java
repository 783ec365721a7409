package org.childmaintenance.messages.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The messages feature's links in the service navigation (their unread counts: {@link UnreadCounts}). */
@Configuration
class MessagesNavigation {
    @Bean
    NavItem messagesNavItem() {
        return new NavItem("messages.nav", MessagesView.class, 40, Set.of(Roles.PARENT, Roles.REPRESENTATIVE, Roles.EMPLOYER));
    }

    @Bean
    NavItem messagesInboxNavItem() {
        return new NavItem("messages.nav.inbox", CaseworkInboxView.class, 40, Set.of(Roles.CASEWORKER));
    }
}
