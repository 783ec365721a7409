package org.childmaintenance.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childmaintenance.audit.AuditService;
import org.childmaintenance.base.UserFacingException;
import org.childmaintenance.base.UserFacingException.FieldError;
import org.childmaintenance.cases.Revision;
import org.childmaintenance.identity.CaseAction;
import org.childmaintenance.identity.CurrentUser;
import org.childmaintenance.notices.NotificationKind;
import org.childmaintenance.notices.Notify;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * LC-12.4 step 6: after a liability order, the later steps a caseworker chooses — each with its date and
 * the reason, audited, told to the paying parent (who sees the step and its date on their enforcement page;
 * the receiving parent still sees only the plain status, LC-12.6). A last resort (commitment to prison,
 * disqualification from driving or from holding a passport) only after enforcement agents or a charging
 * order has been tried on the same liability order.
 */
@Service
public class LiabilityOutcomes {
    /** An outcome as casework sees it; {@code reason} is null in the paying parent's view. */
    public record OutcomeView(long id, LiabilityOutcomeKind outcome, LocalDate takenOn, @Nullable String reason) {
    }

    /** What the caseworker chooses: the outcome, the date it was taken (not in the future) and why. */
    public record Choice(@Nullable LiabilityOutcomeKind outcome, @Nullable LocalDate takenOn, @Nullable String reason) {
    }

    private final EnforcementRepository actions;
    private final LiabilityOutcomeRepository outcomes;
    private final Revision cases;
    private final Notify notify;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    LiabilityOutcomes(EnforcementRepository actions, LiabilityOutcomeRepository outcomes, Revision cases, Notify notify,
                      CurrentUser currentUser, AuditService audit, Clock clock) {
        this.actions = actions;
        this.outcomes = outcomes;
        this.cases = cases;
        this.notify = notify;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records the outcome chosen after the active liability order {@code actionId}; every problem is said at once. */
    @Transactional
    @PreAuthorize("hasRole('CASEWORKER')")
    public long choose(long actionId, Choice c) {
        EnforcementAction lo = actions.findById(actionId)
                .filter(a -> a.status() == EnforcementAction.Status.ACTIVE && a.kind() == EnforcementKind.LIABILITY_ORDER)
                .orElseThrow(() -> new UserFacingException("desk.error.notLiabilityOrder"));
        List<LiabilityOutcome> earlier = outcomes.findByActionIdOrderByTakenOnAscIdAsc(actionId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate on = c.takenOn();
        if (c.outcome() == null) {
            errors.add(new FieldError("outcome-kind", "desk.error.outcomeKind"));
        } else if (c.outcome().lastResort() && earlier.stream().noneMatch(o -> o.outcome().opensLastResort()
                && (on == null || !o.takenOn().isAfter(on)))) {
            errors.add(new FieldError("outcome-kind", "desk.error.lastResort"));
        }
        if (on == null) {
            errors.add(new FieldError("outcome-date", "desk.error.outcomeDate"));
        } else if (on.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("outcome-date", "desk.error.outcomeDateFuture"));
        } else if (on.isBefore(lo.startedOn())) {
            errors.add(new FieldError("outcome-date", "desk.error.outcomeDateBeforeOrder"));
        }
        String why = EnforcementRules.text(c.reason(), "outcome-reason", errors);
        if (why.isEmpty()) {
            errors.add(new FieldError("outcome-reason", "desk.error.outcomeReason"));
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException("error.form", errors);
        }
        LiabilityOutcome o = outcomes.save(new LiabilityOutcome(actionId, lo.caseId(), c.outcome(), on, why,
                currentUser.require().accountId(), clock.instant()));
        audit.record("CASEWORK_ENFORCEMENT_OUTCOME", "case", Long.toString(lo.caseId()),
                c.outcome() + " on " + on + " after liability order " + actionId + ": " + why);
        Long paying = cases.parents(lo.caseId(), CaseAction.MANAGE).payingAccountId();
        if (paying != null) {
            notify.send(paying, NotificationKind.PAYMENT_MISSED, "enforcement.outcome.notify",
                    "case/" + lo.caseId() + "/enforcement");
        }
        return o.id();
    }

    static OutcomeView view(LiabilityOutcome o, boolean withReason) {
        return new OutcomeView(o.id(), o.outcome(), o.takenOn(), withReason ? o.reason() : null);
    }
}
