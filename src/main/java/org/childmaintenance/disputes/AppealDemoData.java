package org.childmaintenance.disputes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childmaintenance.cases.CaseService;
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
 * Demo appeal (only with {@code portal.demo-data=true}, after the employer demo's cases): on case
 * 121000000102 Nina Patel (receives) asked us to look again at the decision, saying Ravi Patel earns
 * more than it used; the demo caseworker did not revise it, so the notice is sent and Nina may appeal
 * to the tribunal ("I have appealed" on her disputes page). Told once, through the public services.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class AppealDemoData implements ApplicationRunner {
    static final String RECEIVING = "nina.patel@example.com";
    static final String CASE_REFERENCE = "121000000102";
    private static final Logger log = LoggerFactory.getLogger(AppealDemoData.class);
    private final IdentityService identity;
    private final CaseService cases;
    private final ReconsiderationService reconsiderations;
    private final ReconsiderationCasework casework;

    private final ActAs actAs;

    AppealDemoData(IdentityService identity, CaseService cases, ReconsiderationService reconsiderations,
                   ReconsiderationCasework casework, ActAs actAs) {
        this.actAs = actAs;
        this.identity = identity;
        this.cases = cases;
        this.reconsiderations = reconsiderations;
        this.casework = casework;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> nina = identity.findAccountId(RECEIVING);
        Optional<Long> caseworker = identity.findAccountId("caseworker@example.com");
        if (nina.isEmpty() || caseworker.isEmpty()) {
            return;
        }
        Optional<Long> caseId = actAs.call(nina.get(), () -> cases.myCases().stream()
                .filter(c -> c.reference().equals(CASE_REFERENCE) && c.myRole() == PartyRole.RECEIVING)
                .map(CaseService.CaseSummary::id).findFirst());
        if (caseId.isEmpty() || actAs.call(nina.get(), () -> !reconsiderations.myReconsiderations(caseId.get()).isEmpty())) {
            return;
        }
        long id = caseId.get();
        Long asked = actAs.call(nina.get(), () -> {
            List<ReconsiderationService.DecisionItem> decisions = reconsiderations.decisions(id);
            if (decisions.isEmpty()) {
                return null;
            }
            boolean late = !decisions.getFirst().inWindow();
            return reconsiderations.ask(id, new ReconsiderationService.Request(decisions.getFirst().decisionId(),
                    Set.of(ChallengeReason.INCOME), "Ravi works extra shifts at the weekend that the decision leaves out.",
                    late ? "I was waiting for Ravi's payslips from his employer before asking." : null, List.of()));
        });
        if (asked == null) {
            return;
        }
        actAs.call(caseworker.get(), () -> {
            casework.startReview(asked);
            casework.notRevise(asked, "The employer's figures for the last 13 weeks include the weekend shifts:"
                    + " the income used is right.");
            return null;
        });
        log.info("Demo appeal told for case {}: the decision was not revised, so Nina Patel may appeal", CASE_REFERENCE);
    }

}
