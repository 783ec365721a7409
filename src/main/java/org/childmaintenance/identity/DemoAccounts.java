package org.childmaintenance.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts for the embedded default (never with the mariadb profile unless
 * PORTAL_DEMO_DATA=true). Two-step sign-in is off for them; README.md lists them.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class DemoAccounts implements ApplicationRunner {
    static final String PASSWORD = "demo-password-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private final IdentityService identity;

    DemoAccounts(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        create(AccountKind.PARENT, "parent@example.com", "Alex Morgan", null, null);
        create(AccountKind.PARENT, "other.parent@example.com", "Sam Taylor", null, null);
        create(AccountKind.EMPLOYER_USER, "employer.admin@example.com", "Priya Shah", "Northfield Foods Ltd", EmployerRole.ADMIN);
        create(AccountKind.EMPLOYER_USER, "payroll@example.com", "Dan Okafor", "Northfield Foods Ltd", EmployerRole.PAYROLL);
        create(AccountKind.REPRESENTATIVE, "representative@example.com", "Jordan Lee", null, null);
        create(AccountKind.CASEWORKER, "caseworker@example.com", "Chris Evans", null, null);
    }

    private void create(AccountKind kind, String email, String name, String org, EmployerRole role) {
        if (!identity.accountExists(email)) {
            identity.provisionAccount(kind, email, name, PASSWORD, org, role);
            log.info("Demo account created: {} ({})", email, kind);
        }
    }
}
