package org.childmaintenance.employer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.childmaintenance.cases.EmployerDemoCases;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.ActAs;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo (portal.demo-data=true only): Northfield Foods Ltd has three employees with orders — Sam
 * Taylor (the demo paying parent) and two more — last month's deductions paid over by one
 * remittance, and this month's deductions recorded, one short because of protected earnings.
 * Everything goes through the services, signed in as the demo caseworker, payroll and admin users.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class EmployerDemoData implements ApplicationRunner {
    static final String ORGANISATION = "Northfield Foods Ltd";
    private static final String PASSWORD = "demo-password-2026";
    private static final Logger log = LoggerFactory.getLogger(EmployerDemoData.class);
    private final IdentityService identity;
    private final OrganisationDirectory organisations;
    private final EmployerDemoCases demoCases;
    private final DeductionOrderService orderService;
    private final DeductionService deductions;
    private final RemittanceService remittances;
    private final OrderRepository orders;
    private final Clock clock;
    private final TransactionTemplate transaction;

    private final ActAs actAs;

    EmployerDemoData(IdentityService identity, OrganisationDirectory organisations, EmployerDemoCases demoCases,
                     DeductionOrderService orderService, DeductionService deductions, RemittanceService remittances,
                     OrderRepository orders, Clock clock, PlatformTransactionManager transactions, ActAs actAs) {
        this.actAs = actAs;
        this.identity = identity;
        this.organisations = organisations;
        this.demoCases = demoCases;
        this.orderService = orderService;
        this.deductions = deductions;
        this.remittances = remittances;
        this.orders = orders;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        var org = organisations.findByName(ORGANISATION).orElse(null);
        Long caseworker = identity.findAccountId("caseworker@example.com").orElse(null);
        Long payroll = identity.findAccountId("payroll@example.com").orElse(null);
        Long admin = identity.findAccountId("employer.admin@example.com").orElse(null);
        if (org == null || caseworker == null || payroll == null || admin == null
                || !orders.findByOrganisationIdOrderByEmployeeNameAscIdAsc(org.id()).isEmpty()) {
            return;
        }
        long jo = account("jo.bennett@example.com", "Jo Bennett");
        long casey = account("casey.bennett@example.com", "Casey Bennett");
        long ravi = account("ravi.patel@example.com", "Ravi Patel");
        long nina = account("nina.patel@example.com", "Nina Patel");
        demoCases.createDecidedCase("121000000101", casey, "Casey Bennett", jo, "Jo Bennett", "Ellis Bennett",
                LocalDate.of(2015, 2, 9), new BigDecimal("2800.00"));
        demoCases.createDecidedCase("121000000102", nina, "Nina Patel", ravi, "Ravi Patel", "Asha Patel",
                LocalDate.of(2018, 7, 21), new BigDecimal("1900.00"));

        LocalDate today = LocalDate.now(clock);
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth lastMonth = thisMonth.minusMonths(1);
        Map<String, Long> ids = actAs.call(caseworker, () -> Map.of(
                "sam", orderService.issue(new DeductionOrderService.IssueRequest("121000000001", org.id(), "NF-1001",
                        PayFrequency.MONTHLY, today, null)),
                "jo", orderService.issue(new DeductionOrderService.IssueRequest("121000000101", org.id(), "NF-1002",
                        PayFrequency.MONTHLY, today, "20.00")),
                "ravi", orderService.issue(new DeductionOrderService.IssueRequest("121000000102", org.id(), "NF-1003",
                        PayFrequency.MONTHLY, today, null))));
        // served two months ago, so there is a month paid over and a month to pay
        LocalDate served = lastMonth.minusMonths(1).atDay(1);
        // in a read-write transaction: on its own, findById is a read-only one, which the replication profile
        // sends to the replica, where the orders just issued may not have arrived yet
        transaction.executeWithoutResult(status -> ids.values().forEach(id -> orders.findById(id).ifPresent(o -> {
            o.backdate(served, served);
            orders.save(o);
        })));
        LocalDate lastPay = lastMonth.atDay(28);
        LocalDate thisPay = today.withDayOfMonth(Math.min(28, today.getDayOfMonth()));
        actAs.call(payroll, () -> {
            // Sam's order began this month (it enforces his arrears): his first deduction is this month's,
            // paid over by the 19th of next month, so his payments page still shows the arrears it will clear
            deductions.record(ids.get("jo"), lastPay, "2350.00", false);
            deductions.record(ids.get("ravi"), lastPay, "1600.00", false);
            deductions.record(ids.get("sam"), thisPay, "2100.00", true);
            deductions.record(ids.get("jo"), thisPay, "2350.00", false);
            deductions.record(ids.get("ravi"), thisPay, "190.00", false); // short: protected earnings
            return null;
        });
        actAs.call(admin, () -> {
            BigDecimal total = deductions.month(lastMonth).total();
            LocalDate paidOn = thisMonth.atDay(Math.min(14, today.getDayOfMonth()));
            return remittances.record(new RemittanceService.RemittanceForm(lastMonth, total.toPlainString(), paidOn,
                    "BACS", "NFL-" + lastMonth, Map.of(), null));
        });
        log.info("Employer demo: 3 orders at {}, deductions for {} (paid over) and {}", ORGANISATION, lastMonth, thisMonth);
    }

    private long account(String email, String name) {
        return identity.findAccountId(email).orElseGet(() ->
                identity.provisionAccount(AccountKind.PARENT, email, name, PASSWORD, null, null));
    }

}
