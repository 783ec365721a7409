package org.childmaintenance.cases.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case feature's links in the service navigation. */
@Configuration
class CasesNavigation {
    @Bean
    NavItem myCaseNavItem() {
        return new NavItem("nav.myCase", MyCaseView.class, 10, Set.of(Roles.PARENT));
    }

    @Bean
    NavItem reportChangeNavItem() {
        return new NavItem("nav.reportChange", ReportChangeView.class, 20, Set.of(Roles.PARENT));
    }

    @Bean
    NavItem yourSafetyNavItem() {
        return new NavItem("nav.yourSafety", YourSafetyView.class, 25, Set.of(Roles.PARENT));
    }

    @Bean
    NavItem caseworkNavItem() {
        return new NavItem("nav.casework", CaseworkView.class, 20, Set.of(Roles.CASEWORKER));
    }
}
