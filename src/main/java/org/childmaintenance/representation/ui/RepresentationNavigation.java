package org.childmaintenance.representation.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The representation feature's links: "My clients" for representatives, "Who can manage my case" for parents. */
@Configuration
class RepresentationNavigation {
    @Bean
    NavItem myClientsNavItem() {
        return new NavItem("nav.myClients", MyClientsView.class, 10, Set.of(Roles.REPRESENTATIVE));
    }

    @Bean
    NavItem legalAuthorityNavItem() {
        return new NavItem("nav.legalAuthority", LegalAuthorityCaseworkView.class, 40, Set.of(Roles.CASEWORKER));
    }

    @Bean
    NavItem whoManagesNavItem() {
        return new NavItem("nav.whoManages", WhoManagesMyCaseView.class, 80, Set.of(Roles.PARENT));
    }
}
