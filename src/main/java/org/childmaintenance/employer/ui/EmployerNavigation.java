package org.childmaintenance.employer.ui;

import java.util.Set;
import org.childmaintenance.base.ui.NavItem;
import org.childmaintenance.identity.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The employer feature's links: employer pages for employer users, deduction orders for casework. */
@Configuration
class EmployerNavigation {
    @Bean
    NavItem employerOrdersNavItem() {
        return new NavItem("nav.employerOrders", EmployeesView.class, 10, Set.of(Roles.EMPLOYER));
    }

    @Bean
    NavItem employerMonthNavItem() {
        return new NavItem("nav.employerMonth", ThisMonthView.class, 11, Set.of(Roles.EMPLOYER));
    }

    @Bean
    NavItem employerUploadNavItem() {
        return new NavItem("nav.employerUpload", PayrollUploadView.class, 12, Set.of(Roles.EMPLOYER));
    }

    @Bean
    NavItem employerRemittanceNavItem() {
        return new NavItem("nav.employerRemittance", RemittanceView.class, 13, Set.of(Roles.EMPLOYER_ADMIN));
    }

    @Bean
    NavItem deductionOrdersCaseworkNavItem() {
        return new NavItem("nav.deductionOrders", DeductionOrdersCaseworkView.class, 35, Set.of(Roles.CASEWORKER));
    }
}
