package org.childmaintenance.employer;

import org.childmaintenance.ledger.DeductionOrderHolders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the ledger which organisation holds an order on which case (any status: a month may be paid after it ends). */
@Component
class LedgerOrderHolders implements DeductionOrderHolders {
    private final OrderRepository orders;

    LedgerOrderHolders(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holdsOrder(long organisationId, long caseId) {
        return orders.existsByOrganisationIdAndCaseId(organisationId, caseId);
    }
}
