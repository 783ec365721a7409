package org.childmaintenance.disputes;

import java.util.LinkedHashMap;
import java.util.Map;
import org.childmaintenance.disputes.ReconsiderationService.DecisionItem;
import org.childmaintenance.documents.DecisionChallenges;
import org.childmaintenance.identity.AccessService;
import org.childmaintenance.identity.CaseAction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beside each decision letter in Documents (LC-14.2): the decision's date, the last day to ask us to
 * look again ({@link DisputeRules#lastDayToAsk}) and the way to the "Ask us to look again" journey for
 * that decision — only for those who may ask (a parent, or a representative whose scope includes
 * disputes). After the last day it still leads there; the journey asks why it is late. A decision
 * already being looked at, or made by a reconsideration, leads to the decisions page instead.
 */
@Component
class DecisionLetterChallenges implements DecisionChallenges {
    private final ReconsiderationService reconsiderations;
    private final AccessService access;

    DecisionLetterChallenges(ReconsiderationService reconsiderations, AccessService access) {
        this.reconsiderations = reconsiderations;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Challenge> challenges(long caseId) {
        Map<Long, Challenge> out = new LinkedHashMap<>();
        boolean mayAsk = access.mayActOnCase(caseId, CaseAction.DISPUTE);
        for (DecisionItem d : reconsiderations.decisions(caseId)) {
            Action action = !mayAsk ? Action.NONE
                    : d.reconsideration() != null || d.fromReconsideration() ? Action.NEXT_STEPS : Action.ASK;
            @Nullable String href = switch (action) {
                case ASK -> askLink(caseId, d.decisionId());
                case NEXT_STEPS -> ReconsiderationService.link(caseId);
                case NONE -> null;
            };
            out.put(d.decisionId(), new Challenge(d.notified(), d.lastDayToAsk(), !d.inWindow(), action, href));
        }
        return out;
    }

    /** The "Ask us to look again" journey for one decision ({@code ui.AskAgainView}). */
    static String askLink(long caseId, long decisionId) {
        return ReconsiderationService.link(caseId) + "/ask/" + decisionId;
    }
}
