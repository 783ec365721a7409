package org.childmaintenance.casework;

import java.util.List;
import java.util.function.Supplier;
import org.childmaintenance.cases.CaseworkLookup;
import org.childmaintenance.identity.AccountKind;
import org.childmaintenance.identity.IdentityService;
import org.childmaintenance.identity.PortalUser;
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
 * Reid), who left a note on the demo case and asked for a £650 adjustment that Chris Evans can approve.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class CaseworkDemoData implements ApplicationRunner {
    static final String SECOND_CASEWORKER = "caseworker2@example.com";
    private static final Logger log = LoggerFactory.getLogger(CaseworkDemoData.class);
    private final IdentityService identity;
    private final CaseworkLookup lookup;
    private final CaseworkDesk desk;
    private final LedgerApprovals approvals;

    CaseworkDemoData(IdentityService identity, CaseworkLookup lookup, CaseworkDesk desk, LedgerApprovals approvals) {
        this.identity = identity;
        this.lookup = lookup;
        this.desk = desk;
        this.approvals = approvals;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.accountExists(SECOND_CASEWORKER)) {
            return;
        }
        long id = identity.provisionAccount(AccountKind.CASEWORKER, SECOND_CASEWORKER, "Morgan Reid", "demo-password-2026",
                null, null);
        as(id, () -> {
            List<CaseworkLookup.Found> found = lookup.search("parent@example.com");
            if (found.isEmpty()) {
                return null;
            }
            long caseId = found.getFirst().caseId();
            desk.addNote(caseId, "Alex Morgan rang about last month's payment. Asked Sam Taylor to pay; call back in a week.");
            approvals.request(caseId, new LedgerApprovals.Request("ADJUSTMENT", "650.00", "INCREASE", null,
                    "Arrears carried over from the old scheme (letter of 3 March)"));
            log.info("Demo casework: note and an adjustment waiting for approval on case {}", caseId);
            return null;
        });
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
