package org.childmaintenance.ledger.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ledger's links: "Payments" for parents, "Payments" casework for caseworkers. */
@Configuration
class LedgerNavigation {
    @Bean
    NavItem paymentsNavItem() {
        return new NavItem("nav.payments", PaymentsView.class, 20, Set.of(Roles.PARENT));
    }

    @Bean
    NavItem paymentsCaseworkNavItem() {
        return new NavItem("nav.paymentsCasework", PaymentsCaseworkView.class, 30, Set.of(Roles.CASEWORKER));
    }
}
