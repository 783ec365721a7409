package org.childmaintenance.disputes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childmaintenance.cases.CaseService;
import org.childmaintenance.cases.CaseStatus;
import org.childmaintenance.cases.PartyRole;
import org.childmaintenance.identity.ActAs;
import org.childmaintenance.identity.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo disputes (only with {@code portal.demo-data=true}, after the case and ledger demo data): on the
 * demo case Sam Taylor (pays) asks us to look again at the latest decision, so Alex Morgan is invited
 * to add points and the caseworker's reconsiderations queue has one; Alex makes a complaint about a
 * delay. Told once, through the public services as the people would.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class DisputesDemoData implements ApplicationRunner {
    static final String RECEIVING = "parent@example.com";
    static final String PAYING = "other.parent@example.com";
    private static final Logger log = LoggerFactory.getLogger(DisputesDemoData.class);
    private final IdentityService identity;
    private final CaseService cases;
    private final ReconsiderationService reconsiderations;
    private final ComplaintService complaints;

    private final ActAs actAs;

    DisputesDemoData(IdentityService identity, CaseService cases, ReconsiderationService reconsiderations,
                     ComplaintService complaints, ActAs actAs) {
        this.actAs = actAs;
        this.identity = identity;
        this.cases = cases;
        this.reconsiderations = reconsiderations;
        this.complaints = complaints;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> alex = identity.findAccountId(RECEIVING);
        Optional<Long> sam = identity.findAccountId(PAYING);
        if (alex.isEmpty() || sam.isEmpty()) {
            return;
        }
        Optional<Long> caseId = actAs.call(sam.get(), () -> cases.myCases().stream()
                .filter(c -> c.myRole() == PartyRole.PAYING && c.status() == CaseStatus.ACTIVE)
                .map(CaseService.CaseSummary::id).findFirst());
        if (caseId.isEmpty()) {
            log.info("Demo disputes: no decided demo case for {}", PAYING);
            return;
        }
        long id = caseId.get();
        boolean told = actAs.call(sam.get(), () -> !reconsiderations.myReconsiderations(id).isEmpty());
        if (told) {
            return;
        }
        actAs.call(sam.get(), () -> {
            List<ReconsiderationService.DecisionItem> decisions = reconsiderations.decisions(id);
            if (decisions.isEmpty()) {
                return null;
            }
            boolean late = !decisions.getFirst().inWindow();
            return reconsiderations.ask(id, new ReconsiderationService.Request(decisions.getFirst().decisionId(),
                    Set.of(ChallengeReason.INCOME), "The income used includes overtime I no longer work. "
                    + "My pay is now lower; my latest payslips show it.",
                    late ? "I only saw the decision when I came back from working abroad." : null, List.of()));
        });
        actAs.call(alex.get(), () -> complaints.raise(new ComplaintService.ComplaintRequest(id, null, ComplaintCategory.DELAY,
                "I sent my bank details three weeks ago and nobody has updated them.",
                "Update my bank details and tell me when it is done.")));
        log.info("Demo disputes told for case {}: a reconsideration in progress and a complaint", id);
    }

}
