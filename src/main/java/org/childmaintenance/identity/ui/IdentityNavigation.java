package org.childmaintenance.identity.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity feature's links in the service navigation. */
@Configuration
class IdentityNavigation {
    static final Set<String> SIGNED_IN = Set.of(Roles.PARENT, Roles.EMPLOYER, Roles.REPRESENTATIVE, Roles.CASEWORKER,
            Roles.PARTNER);

    @Bean
    NavItem homeNavItem() {
        return new NavItem("nav.home", HomeView.class, 0, SIGNED_IN);
    }

    @Bean
    NavItem organisationUsersNavItem() {
        return new NavItem("nav.orgUsers", OrganisationUsersView.class, 70, Set.of(Roles.EMPLOYER_ADMIN));
    }

    @Bean
    NavItem settingsNavItem() {
        return new NavItem("nav.settings", SettingsView.class, 90, SIGNED_IN);
    }
}
