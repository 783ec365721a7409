package org.childmaintenance.cases;

/** Where a case is (case-lifecycle.md §4–§11). */
public enum CaseStatus {
    /** Applied; the other parent has not yet been found or linked (LC-4.1). */
    FINDING_OTHER_PARENT,
    /** The named paying parent denies parentage; nothing is calculated until it is settled (LC-5.3). */
    PARENTAGE_DISPUTED,
    /** Notice given; waiting for the paying parent's income and circumstances (LC-4.2). */
    AWAITING_DETAILS,
    /** A decision is in force and payments are scheduled. */
    ACTIVE,
    /** Maintenance has ended (LC-11); arrears may still be collected. */
    CLOSED
}
