package org.childmaintenance.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.EmployerRole;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.ledger.LedgerFixture;
import org.childmaintenance.cases.ServiceType;
import org.childmaintenance.support.TestAccounts;
import org.springframework.stereotype.Component;

/** Organisations with admin and payroll users, and orders on ledger test cases, for employer tests. */
@Component
public class EmployerFixture {
    private final IdentityService identity;
    private final LedgerFixture ledger;
    private final OrderRepository orders;

    EmployerFixture(IdentityService identity, LedgerFixture ledger, OrderRepository orders) {
        this.identity = identity;
        this.ledger = ledger;
        this.orders = orders;
    }

    public record Org(long id, String name, PortalUser admin, PortalUser payroll) {
    }

    public record Employee(long orderId, LedgerFixture.TestCase testCase, String payrollNumber) {
    }

    public Org newOrganisation() {
        String name = "Test Employer " + java.util.UUID.randomUUID().toString().substring(0, 8);
        long admin = identity.provisionAccount(AccountKind.EMPLOYER_USER, TestAccounts.uniqueEmail("admin"), "Ada Admin",
                "a-long-test-password-2026", name, EmployerRole.ADMIN);
        long payroll = identity.provisionAccount(AccountKind.EMPLOYER_USER, TestAccounts.uniqueEmail("payroll"),
                "Pat Payroll", "a-long-test-password-2026", name, EmployerRole.PAYROLL);
        PortalUser a = identity.reload(admin);
        return new Org(a.organisationId(), name, a, identity.reload(payroll));
    }

    /** An employee on a new Collect and Pay ledger case, with an order served on {@code served}. */
    public Employee employee(Org org, String payrollNumber, PayFrequency frequency, LocalDate served, String weekly) {
        LedgerFixture.TestCase c = ledger.newCase(ServiceType.COLLECT_AND_PAY, served, 6, "150.00");
        return new Employee(order(org, c.caseId(), c.reference(), c.paying().accountId(), c.paying().fullName(),
                payrollNumber, frequency, served, weekly), c, payrollNumber);
    }

    /** An order whose monthly rate is exactly {@code monthly} (e.g. the GOV.UK example's £150). */
    public long orderWithMonthlyRate(Org org, String name, String payrollNumber, LocalDate served, String monthly) {
        DeductionOrder o = new DeductionOrder(org.id(), 8_200_000_000L + System.nanoTime() % 1_000_000, "M" + payrollNumber,
                null, name, payrollNumber, PayFrequency.MONTHLY, served, served,
                DeductionRules.normalRates(BigDecimal.ZERO, new BigDecimal(monthly)), Instant.now());
        return orders.save(o).id();
    }

    /** An order written straight to the table (no case needed): for access and upload volume tests. */
    public long order(Org org, long caseId, String reference, Long payingAccountId, String name, String payrollNumber,
                      PayFrequency frequency, LocalDate served, String weekly) {
        DeductionOrder o = new DeductionOrder(org.id(), caseId, reference, payingAccountId, name, payrollNumber,
                frequency, served, served, DeductionRules.normalRates(new BigDecimal(weekly), BigDecimal.ZERO),
                Instant.now());
        return orders.save(o).id();
    }
}
