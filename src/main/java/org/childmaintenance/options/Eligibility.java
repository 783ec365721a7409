package org.childmaintenance.options;

/** Where the options questions lead (journeys.md §1, case-lifecycle.md LC-2.2). */
public enum Eligibility {
    /** More questions to answer. */
    INCOMPLETE,
    /** Northern Ireland: Child Maintenance Choices, not this service. */
    NORTHERN_IRELAND,
    /** The person lives abroad and does not work for a listed UK employer. */
    NOT_IN_UK,
    /** The other parent lives abroad and does not work for a listed UK employer. */
    OTHER_PARENT_NOT_IN_UK,
    /** A court order for maintenance made less than 12 months ago blocks an application. */
    RECENT_COURT_ORDER,
    /** No child is under 16, or under 20 in approved education or training. */
    CHILDREN_NOT_ELIGIBLE,
    /** May apply to the Child Maintenance Service. */
    MAY_APPLY
}
