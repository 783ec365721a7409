package org.childmaintenance.outreach.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Outreach's links: a parent's requests for help; a partner centre's referrals, referring and slots. */
@Configuration
class OutreachNavigation {
    @Bean
    NavItem myHelpRequestsNavItem() {
        return new NavItem("nav.helpRequests", YourRequestsView.class, 80, Set.of(Roles.PARENT));
    }

    @Bean
    NavItem partnerReferralsNavItem() {
        return new NavItem("nav.partnerReferrals", PartnerHomeView.class, 10, Set.of(Roles.PARTNER));
    }

    @Bean
    NavItem partnerReferNavItem() {
        return new NavItem("nav.partnerRefer", ReferView.class, 11, Set.of(Roles.PARTNER));
    }

    @Bean
    NavItem partnerSlotsNavItem() {
        return new NavItem("nav.partnerSlots", PartnerSlotsView.class, 12, Set.of(Roles.PARTNER));
    }
}
