package org.childmaintenance.cases;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What casework needs from a case to issue a deduction from earnings order (employer feature,
 * LC-13): the reference, the paying parent's name and account, and the weekly amount of the
 * latest decision. Nothing else leaves the case (the employer must never see the calculation).
 */
@Component
public class CaseForDeductionOrder {
    private final EntityManager em;
    private final PartyRepository parties;
    private final DecisionRepository decisions;

    CaseForDeductionOrder(EntityManager em, PartyRepository parties, DecisionRepository decisions) {
        this.em = em;
        this.parties = parties;
        this.decisions = decisions;
    }

    /** A decided case's facts for an order; {@code weeklyAmount} is the current decision's. */
    public record OrderCase(long caseId, String reference, @Nullable Long payingAccountId, String payingName,
                            BigDecimal weeklyAmount, CaseStatus status) {
    }

    /** The case with this reference, if it has a decision and a paying parent. Casework only. */
    @PreAuthorize("hasRole('CASEWORKER')")
    @Transactional(readOnly = true)
    public Optional<OrderCase> findByReference(String reference) {
        return em.createQuery("select c from MaintenanceCase c where c.reference = :r", MaintenanceCase.class)
                .setParameter("r", reference.trim())
                .getResultStream().findFirst()
                .flatMap(c -> parties.findByCaseIdAndRole(c.id(), PartyRole.PAYING)
                        .flatMap(p -> decisions.findFirstByCaseIdOrderByEffectiveDateDescIdDesc(c.id())
                                .map(d -> new OrderCase(c.id(), c.reference(), p.accountId(), p.fullName(),
                                        d.weeklyAmount(), c.status()))));
    }
}
