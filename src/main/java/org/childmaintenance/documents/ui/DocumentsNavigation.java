package org.childmaintenance.documents.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Documents link in the service navigation. */
@Configuration
class DocumentsNavigation {
    @Bean
    NavItem documentsNavItem() {
        return new NavItem("documents.nav", DocumentsView.class, 15, Set.of(Roles.PARENT));
    }
}
