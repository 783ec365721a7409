package org.childmaintenance.disputes.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The disputes feature's links in the service navigation. */
@Configuration
class DisputesNavigation {
    @Bean
    NavItem complaintsNavItem() {
        return new NavItem("nav.complaints", ComplaintsView.class, 80, Set.of(Roles.PARENT, Roles.EMPLOYER));
    }

    @Bean
    NavItem reconsiderationsCaseworkNavItem() {
        return new NavItem("nav.reconsiderations", ReconsiderationQueueView.class, 40, Set.of(Roles.CASEWORKER));
    }

    @Bean
    NavItem complaintsCaseworkNavItem() {
        return new NavItem("nav.complaintsCasework", ComplaintQueueView.class, 45, Set.of(Roles.CASEWORKER));
    }
}
