package org.childmaintenance.notification.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NotificationNavigation {
    /** The outbox link exists only in the demo (where the page works). */
    @Bean
    @ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
    NavItem outboxNavItem() {
        return new NavItem("nav.outbox", OutboxView.class, 80, Set.of("CASEWORKER"));
    }

    @Bean
    NavItem failedSendsNavItem() {
        return new NavItem("nav.failedSends", FailedSendsView.class, 85, Set.of("CASEWORKER"));
    }
}
