package org.childmaintenance.options.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The options feature's links in the service navigation. */
@Configuration
class OptionsNavigation {
    @Bean
    NavItem familyArrangementNavItem() {
        return new NavItem("nav.familyArrangement", ArrangementHubView.class, 40, Set.of(Roles.PARENT));
    }

    @Bean
    NavItem signpostingAdminNavItem() {
        return new NavItem("nav.signpostingContent", SignpostingAdminView.class, 60, Set.of(Roles.CASEWORKER));
    }
}
