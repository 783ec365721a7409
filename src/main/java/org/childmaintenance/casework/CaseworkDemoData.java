package org.childmaintenance.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.childmaintenance.cases.CaseworkLookup;
import org.childmaintenance.cases.EmployerDemoCases;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
import org.childmaintenance.ledger.NightlyRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo desk (after the other features' demo data): a second caseworker, caseworker2@example.com (Morgan
 * Reid), who left a note on the demo case and asked for a £650 adjustment that Chris Evans can approve;
 * and a Collect and Pay case in arrears with no enforcement yet, case 121000000201 (Erin Walsh receives,
 * Tom Walsh pays and works at Northfield Foods Ltd), ready for the warning letter and a DEO; and case
 * 121000000202 (Priya Shah receives) waiting on a parentage dispute: Owen Clarke says he is not Maya's father.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class CaseworkDemoData implements ApplicationRunner {
    static final String SECOND_CASEWORKER = "caseworker2@example.com";
    static final String ARREARS_CASE = "121000000201";
    static final String PARENTAGE_CASE = "121000000202";
    private static final String PASSWORD = "demo-password-2026";
    private static final Logger log = LoggerFactory.getLogger(CaseworkDemoData.class);
    private final IdentityService identity;
    private final CaseworkLookup lookup;
    private final CaseworkDesk desk;
    private final LedgerApprovals approvals;
    private final EmployerDemoCases demoCases;
    private final NightlyRun nightly;
    private final Clock clock;

    CaseworkDemoData(IdentityService identity, CaseworkLookup lookup, CaseworkDesk desk, LedgerApprovals approvals,
                     EmployerDemoCases demoCases, NightlyRun nightly, Clock clock) {
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
        if (identity.accountExists(SECOND_CASEWORKER)) {
            return;
        }
        long id = identity.provisionAccount(AccountKind.CASEWORKER, SECOND_CASEWORKER, "Morgan Reid", PASSWORD,
                null, null);
        as(id, () -> {
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

    private <T> T as(long accountId, Supplier<T> action) {
        PortalUser user = identity.reload(accountId);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(ctx);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
