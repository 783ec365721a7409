package org.childmaintenance.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.cases.CaseworkLookup;
import org.childmaintenance.cases.EmployerDemoCases;
import org.childmaintenance.cases.IncomeType;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.ActAs;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.ledger.NightlyRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo desk (after the other features' demo data): a second caseworker, caseworker2@example.com (Morgan
 * Reid), who left a note on the demo case and asked for a £650 adjustment that Chris Evans can approve;
 * and a Collect and Pay case in arrears with no enforcement yet, case 121000000201 (Erin Walsh receives,
 * Tom Walsh pays and works at Northfield Foods Ltd), ready for the warning letter and a DEO; and case
 * 121000000202 (Priya Shah receives) waiting on a parentage dispute: Owen Clarke says he is not Maya's father.
 * On the enforcement ladder: Sam Taylor's deduction from earnings order (issued by the employer demo to
 * Northfield Foods Ltd) is the DEO step on 121000000001, started when the order took effect and now due its
 * next step (his arrears remain); and case 121000000203 (Kim Fletcher receives, Lee Fletcher pays, self-employed)
 * has a regular deduction order from Lee's bank account in progress, taken after the warning letter.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class CaseworkDemoData implements ApplicationRunner {
    static final String SECOND_CASEWORKER = "caseworker2@example.com";
    static final String ARREARS_CASE = "121000000201";
    static final String PARENTAGE_CASE = "121000000202";
    static final String DEO_CASE = "121000000001";
    static final String RDO_CASE = "121000000203";
    private static final String PASSWORD = "demo-password-2026";
    private static final Logger log = LoggerFactory.getLogger(CaseworkDemoData.class);
    private final IdentityService identity;
    private final CaseworkLookup lookup;
    private final CaseworkDesk desk;
    private final LedgerApprovals approvals;
    private final EmployerDemoCases demoCases;
    private final NightlyRun nightly;
    private final EnforcementActions enforcement;
    private final EnforcementWarnings warnings;
    private final DeductionOrderService orders;
    private final Clock clock;

    private final ActAs actAs;

    CaseworkDemoData(IdentityService identity, CaseworkLookup lookup, CaseworkDesk desk, LedgerApprovals approvals,
                     EmployerDemoCases demoCases, NightlyRun nightly, EnforcementActions enforcement,
                     EnforcementWarnings warnings, DeductionOrderService orders, Clock clock, ActAs actAs) {
        this.actAs = actAs;
        this.enforcement = enforcement;
        this.warnings = warnings;
        this.orders = orders;
        this.identity = identity;
        this.lookup = lookup;
        this.desk = desk;
        this.approvals = approvals;
        this.demoCases = demoCases;
        this.nightly = nightly;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!identity.accountExists("tom.walsh@example.com")) {
            arrearsCase();
        }
        if (!identity.accountExists("owen.clarke@example.com")) {
            parentageDispute();
        }
        boolean newRdoCase = !identity.accountExists("lee.fletcher@example.com");
        if (newRdoCase) {
            selfEmployedInArrears();
        }
        identity.findAccountId("caseworker@example.com").ifPresent(caseworker -> actAs.call(caseworker, () -> {
            deoOnTheLadder();
            if (newRdoCase) {
                deductionOrderInProgress();
            }
            return null;
        }));
        if (identity.accountExists(SECOND_CASEWORKER)) {
            return;
        }
        long id = identity.provisionAccount(AccountKind.CASEWORKER, SECOND_CASEWORKER, "Morgan Reid", PASSWORD,
                null, null);
        actAs.call(id, () -> {
            List<CaseworkLookup.Found> found = lookup.search("parent@example.com");
            if (found.isEmpty()) {
                return null;
            }
            long caseId = found.getFirst().caseId();
            desk.addNote(caseId, "Alex Morgan rang about last month's payment. Asked Sam Taylor to pay; call back in a week.");
            approvals.request(caseId, new LedgerApprovals.Request("ADJUSTMENT", "650.00", "INCREASE", null,
                    "Maintenance for the weeks between the effective date and the first payment date, missing from the schedule"));
            log.info("Demo casework: note and an adjustment waiting for approval on case {}", caseId);
            return null;
        });
    }

    /**
     * Tom Walsh has paid nothing since the decision: tonight's ledger run posts the instalments already due
     * (run now, as it will run tonight), and under Collect and Pay they are arrears.
     */
    private void arrearsCase() {
        long erin = identity.findAccountId("erin.walsh@example.com").orElseGet(() -> identity.provisionAccount(
                AccountKind.PARENT, "erin.walsh@example.com", "Erin Walsh", PASSWORD, null, null));
        long tom = identity.provisionAccount(AccountKind.PARENT, "tom.walsh@example.com", "Tom Walsh", PASSWORD, null, null);
        demoCases.createDecidedCase(ARREARS_CASE, erin, "Erin Walsh", tom, "Tom Walsh", "Poppy Walsh",
                LocalDate.of(2017, 4, 2), new BigDecimal("2100.00"));
        nightly.run(LocalDate.now(clock));
        log.info("Demo casework: case {} in arrears, no enforcement yet", ARREARS_CASE);
    }

    /** Owen Clarke, named as Maya Shah's father by Priya Shah, says he is not: the case waits for casework (LC-5.3). */
    private void parentageDispute() {
        long priya = identity.provisionAccount(AccountKind.PARENT, "priya.shah@example.com", "Priya Shah", PASSWORD, null, null);
        long owen = identity.provisionAccount(AccountKind.PARENT, "owen.clarke@example.com", "Owen Clarke", PASSWORD, null, null);
        demoCases.createParentageDisputedCase(PARENTAGE_CASE, priya, "Priya Shah", owen, "Owen Clarke", "Maya Shah",
                LocalDate.of(2021, 8, 17));
        log.info("Demo casework: case {} waits on a parentage dispute", PARENTAGE_CASE);
    }

    /**
     * Sam Taylor's order, issued to Northfield Foods Ltd on the employer's "Issue an order" page, becomes the
     * ladder's DEO step (with its £50 charge), once: nothing if the case already has a step or no order in force.
     */
    private void deoOnTheLadder() {
        Long caseId = lookup.byReferences(List.of(DEO_CASE)).stream().findFirst().map(CaseworkLookup.Found::caseId)
                .orElse(null);
        if (caseId == null || !enforcement.ofCase(caseId).isEmpty()) {
            return;
        }
        orders.allOrders().stream().filter(o -> o.caseReference().equals(DEO_CASE) && o.status().inForce()).findFirst()
                .ifPresent(o -> {
                    enforcement.recordIssuedOrder(caseId, o.id(),
                            "Arrears from the missed payment; Sam Taylor works at " + o.organisationName(),
                            "Sam Taylor was told by phone that the arrears would be taken from his earnings and did not offer a plan");
                    log.info("Demo casework: the DEO on case {} is on the enforcement ladder", DEO_CASE);
                });
    }

    /** Lee Fletcher, self-employed, has paid nothing since the decision: tonight's ledger run makes it arrears (as above). */
    private void selfEmployedInArrears() {
        long kim = identity.provisionAccount(AccountKind.PARENT, "kim.fletcher@example.com", "Kim Fletcher", PASSWORD, null, null);
        long lee = identity.provisionAccount(AccountKind.PARENT, "lee.fletcher@example.com", "Lee Fletcher", PASSWORD, null, null);
        demoCases.createDecidedCase(RDO_CASE, kim, "Kim Fletcher", lee, "Lee Fletcher", "Rosie Fletcher",
                LocalDate.of(2016, 5, 11), new BigDecimal("2400.00"), IncomeType.SELF_EMPLOYED, null);
        nightly.run(LocalDate.now(clock));
    }

    /**
     * No employer for a DEO: the warning letter is sent and a regular deduction order from Lee's bank account
     * is taken, £45.00 a week (well under 40 % of his gross weekly income), the reason to act before the
     * letter's date kept with it.
     */
    private void deductionOrderInProgress() {
        long caseId = lookup.byReferences(List.of(RDO_CASE)).getFirst().caseId();
        warnings.send(caseId);
        enforcement.take(caseId, new EnforcementActions.Step(EnforcementKind.RDO, "45.00",
                "Arrears since the decision; Lee Fletcher is self-employed and is paid into his bank account",
                "Lee Fletcher rang about the warning letter and said he will not pay the arrears", null));
        log.info("Demo casework: case {} has a regular deduction order in progress", RDO_CASE);
    }

}
