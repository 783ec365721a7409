package org.childmaintenance.casework.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The casework desk's link in the service navigation (caseworkers only, first of casework's links). */
@Configuration
class DeskNavigation {
    @Bean
    NavItem deskNavItem() {
        return new NavItem("nav.desk", DeskView.class, 5, Set.of(Roles.CASEWORKER));
    }
}
