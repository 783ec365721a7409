package org.childmaintenance.legacy.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class LegacyNavigation {
    @Bean
    NavItem oldSchemeCaseNavItem() {
        return new NavItem("nav.oldSchemeCase", OldSchemeCaseView.class, 45, Set.of(Roles.PARENT));
    }

    @Bean
    NavItem oldSchemeClosureNavItem() {
        return new NavItem("nav.oldSchemeClosure", ClosureProgrammeView.class, 65, Set.of(Roles.CASEWORKER));
    }
}
