package org.childmaintenance.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.childmaintenance.employer.DeductionOrderService;
import org.childmaintenance.employer.EmployerViews.OrderSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The next step's earliest date of an active enforcement action ({@link EnforcementRules#nextStepFrom}), for casework. */
@Component
class NextSteps {
    private final LiabilityOutcomeRepository outcomes;
    private final DeductionOrderService orders;
    private final Clock clock;

    NextSteps(LiabilityOutcomeRepository outcomes, DeductionOrderService orders, Clock clock) {
        this.outcomes = outcomes;
        this.orders = orders;
        this.clock = clock;
    }

    /** Null once the action has ended or was withdrawn. Casework only (a DEO's order is read through casework's API). */
    @Nullable LocalDate earliest(EnforcementAction a) {
        if (a.status() != EnforcementAction.Status.ACTIVE) {
            return null;
        }
        LocalDate effective = null;
        LocalDate stopped = null;
        if (a.deductionOrderId() != null) {
            OrderSummary o = orders.orderForCasework(a.deductionOrderId()).order();
            effective = o.effectiveDate();
            if (!o.status().inForce()) {
                stopped = o.endedOn() != null ? o.endedOn() : a.startedOn();
            }
        }
        LocalDate latestOutcome = outcomesOf(a.id()).stream().map(LiabilityOutcome::takenOn).max(LocalDate::compareTo)
                .orElse(null);
        return EnforcementRules.nextStepFrom(a.kind(), a.startedOn(), effective, stopped, latestOutcome);
    }

    /** True when the earliest date has come (on that day or after it). */
    boolean due(@Nullable LocalDate earliest) {
        return earliest != null && !earliest.isAfter(LocalDate.now(clock));
    }

    List<LiabilityOutcome> outcomesOf(long actionId) {
        return outcomes.findByActionIdOrderByTakenOnAscIdAsc(actionId);
    }
}
