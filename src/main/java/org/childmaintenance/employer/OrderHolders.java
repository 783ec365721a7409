package org.childmaintenance.employer;

import org.childmaintenance.ledger.DeductionOrderHolders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the ledger before it takes a remittance: does this organisation hold an order on the case? */
@Component
class OrderHolders implements DeductionOrderHolders {
    private final OrderRepository orders;

    OrderHolders(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean holdsOrder(long organisationId, long caseId) {
        return orders.existsByOrganisationIdAndCaseId(organisationId, caseId);
    }
}
