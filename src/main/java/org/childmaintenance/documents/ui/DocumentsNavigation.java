package org.childmaintenance.documents.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Documents links in the service navigation: a parent's case documents, an employer's organisation documents. */
@Configuration
class DocumentsNavigation {
    @Bean
    NavItem documentsNavItem() {
        return new NavItem("documents.nav", DocumentsView.class, 15, Set.of(Roles.PARENT));
    }

    @Bean
    NavItem employerDocumentsNavItem() {
        return new NavItem("nav.employerDocuments", OrganisationDocumentsView.class, 14, Set.of(Roles.EMPLOYER));
    }
}
