package org.childmaintenance.ledger;

/** How maintenance is paid (case-lifecycle LC-7.1): between the parents, or through the service. */
public enum ServiceType {
    DIRECT_PAY, COLLECT_AND_PAY
}
